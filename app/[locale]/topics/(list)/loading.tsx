import { PageSkeleton, TableSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <PageSkeleton introHeight="h-12">
      <div className="mt-4">
        <TableSkeleton rows={12} />
      </div>
    </PageSkeleton>
  );
}
