import { Bar, PageSkeleton, TableSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <PageSkeleton>
      <Bar className="my-4 h-40 w-full" />
      <TableSkeleton rows={10} />
    </PageSkeleton>
  );
}
