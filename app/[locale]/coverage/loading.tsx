import { Bar, PageSkeleton, SectionSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <PageSkeleton introHeight="h-16">
      <Bar className="mt-4 h-12 w-full" />
      <SectionSkeleton rows={12} />
    </PageSkeleton>
  );
}
