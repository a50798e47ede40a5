import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';

type Props = {
  /** The language of the page the switch is on. */
  lang: Lang;
  /** The same page in the other language; no link when it does not exist. */
  href: string | undefined;
};

/** A visible link to this page in the other language, marked up with that language. */
export function LanguageSwitch({ lang, href }: Props) {
  if (!href) return null;
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <p className="language-switch">
      <a href={href} hrefLang={other} lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
        {UI[lang].otherLanguage}
      </a>
    </p>
  );
}
