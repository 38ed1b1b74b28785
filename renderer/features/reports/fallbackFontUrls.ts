/**
 * Where the Noto fallback fonts are served from: copied by the build out of their pinned npm packages (the packages'
 * `exports` do not list the font files, hence the paths into node_modules). Each is fetched only by a render whose
 * document has text in its script (`fallbackFontsNeeded`).
 *
 * Chosen for coverage per byte among fonts fontkit and pdfkit can load and subset (static, not variable; TrueType or
 * CFF): Noto Naskh Arabic 134 KB, Noto Sans Hebrew 26 KB, Noto Emoji (monochrome; colour emoji cannot be a PDF text
 * font here) 887 KB, Noto Sans JP 4.5 MB (JIS kanji and kana) and Noto Sans SC "Hans" 8.4 MB (GB 2312). The CJK
 * pair is the largest part of the bundle; one pan-CJK font would be 16 MB or more.
 */
import arabicUrl from '../../../node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf?url';
import hebrewUrl from '../../../node_modules/@embedpdf/fonts-hebrew/fonts/NotoSansHebrew-Regular.ttf?url';
import japaneseUrl from '../../../node_modules/@embedpdf/fonts-jp/fonts/NotoSansJP-Regular.otf?url';
import chineseUrl from '../../../node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf?url';
import emojiUrl from '../../../node_modules/@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import type { FallbackFont } from './layout/fontMetrics';

export const FALLBACK_FONT_URLS: Readonly<Record<FallbackFont, string>> = {
  arabic: arabicUrl,
  hebrew: hebrewUrl,
  japanese: japaneseUrl,
  chinese: chineseUrl,
  emoji: emojiUrl,
};
