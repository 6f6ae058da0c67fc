import type { Metadata } from "next";
import { ReportPage } from "@/components/reports/report-page";

export const metadata: Metadata = { title: "Verification report" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const { scope, page } = await searchParams;
  return <ReportPage type="story" id={(await params).id} scopeParam={scope} pageParam={page} />;
}
