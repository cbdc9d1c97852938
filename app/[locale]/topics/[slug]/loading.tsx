import { PageSkeleton, SectionSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <PageSkeleton back introHeight="h-12">
      <SectionSkeleton chart rows={4} />
      <SectionSkeleton rows={10} />
    </PageSkeleton>
  );
}
