import { Bar, PageSkeleton, TableSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <PageSkeleton>
      <Bar className="my-4 h-14 w-64" />
      <TableSkeleton rows={20} />
    </PageSkeleton>
  );
}
