/** Where each Noto fallback font lives in node_modules (pinned packages), for tests and benchmarks in Node. */
import type { FallbackFont } from './fontMetrics';

/** The node_modules paths of the same files, for tests and benchmarks in Node. */
export const FALLBACK_FONT_PACKAGE_PATHS: Readonly<Record<FallbackFont, string>> = {
  arabic: '@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf',
  hebrew: '@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Regular.ttf',
  japanese: '@embedpdf/fonts-jp/fonts/NotoSansJP-Regular.otf',
  chinese: '@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf',
  emoji: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
};
