// Rows carry English and Thai names (nameEn/nameTh, labelEn/labelTh); pick by locale.
export function localized<T extends { nameEn: string; nameTh: string }>(row: T, locale: string): string {
  return locale === "th" ? row.nameTh || row.nameEn : row.nameEn;
}

export function localizedLabel<T extends { labelEn: string; labelTh: string }>(row: T, locale: string): string {
  return locale === "th" ? row.labelTh || row.labelEn : row.labelEn;
}
