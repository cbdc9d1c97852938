import { PageSkeleton, SectionSkeleton } from "@/components/countries/skeletons";

export default function Loading() {
  return (
    <PageSkeleton back>
      <SectionSkeleton rows={1} />
      <SectionSkeleton rows={4} />
      <SectionSkeleton chart rows={5} />
    </PageSkeleton>
  );
}
