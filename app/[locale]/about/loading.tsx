import { Bar, PageSkeleton, SectionSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <PageSkeleton introHeight="h-16">
      <Bar className="mt-6 h-32 w-full" />
      <SectionSkeleton rows={6} />
      <SectionSkeleton rows={8} />
    </PageSkeleton>
  );
}
