/**
 * Draws sample Arabic OpenGraph cards to look at, and times them:
 *   npx tsx scripts/arabic-card-demo.ts [output-folder]   (default: <tmp>/arabic-cards)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arabicCardSvg, renderArabicCard } from '../lib/og/arabic-card';
import { loadArabicFonts } from '../lib/og/arabic-text';

const SAMPLES = [
  {
    title: 'قوات حفتر تعلن سيطرتها على مدينة سرت بعد انسحاب القوات الموالية لحكومة الوفاق الوطني',
    kicker: 'ليبيا',
    dateline: 'سرت',
    date: '6 يناير 2020',
  },
  {
    title: 'أكثر من 120,000 نازح إثر اشتباكات في ترهونة، ومؤسسة النفط تُعلن «القوة القاهرة» بعد مقتل 25 شخصاً',
    kicker: 'ليبيا',
    dateline: 'طرابلس',
    date: '29 ديسمبر 2019',
  },
  { title: 'مجلس الأمن يتبنى القرار 2510 بأغلبية 14 صوتاً وامتناع روسيا (UN Security Council)', kicker: 'الأمم المتحدة' },
  {
    title:
      'غسان سلامة يقدم إحاطة إلى مجلس الأمن حول الهجوم على طرابلس ويدعو إلى وقف إطلاق النار فوراً وعودة الأطراف إلى طاولة الحوار في جنيف وبرلين بعد أشهر من القتال الذي خلف مئات القتلى وآلاف النازحين في الضواحي الجنوبية للعاصمة الليبية',
    kicker: 'ليبيا',
    date: '5 أبريل 2019',
  },
];

const out = process.argv[2] ?? path.join(os.tmpdir(), 'arabic-cards');
mkdirSync(out, { recursive: true });
const time = async <T>(work: () => Promise<T>): Promise<[T, string]> => {
  const start = performance.now();
  const result = await work();
  return [result, `${(performance.now() - start).toFixed(0)} ms`];
};
console.log(`fonts and HarfBuzz loaded in ${(await time(loadArabicFonts))[1]}`);
for (const [i, sample] of SAMPLES.entries()) {
  const [, layout] = await time(() => arabicCardSvg(sample));
  const [png, total] = await time(() => renderArabicCard(sample));
  const file = path.join(out, `card-${i + 1}.png`);
  writeFileSync(file, png);
  console.log(`${file}: ${png.byteLength} bytes; layout ${layout}, layout + PNG ${total}`);
}
