// Form details (budget, indicators, total, grade) folded into an Accordion: closed while there are problems.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
  type AccordionToggleData,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { FormReport, Lang } from "../../core";
import { strings } from "../i18n";
import { FormSummary } from "./FormSummary";

export interface FormDetailsProps {
  lang: Lang;
  forms: FormReport[];
  /** Open at first when there is nothing to fix (the details are then what the clerk reads). */
  defaultOpen: boolean;
  compact: boolean;
}

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    paddingBottom: tokens.spacingVerticalS,
  },
  header: { overflowWrap: "anywhere" },
});

export function FormDetails({ lang, forms, defaultOpen, compact }: FormDetailsProps) {
  const styles = useStyles();
  const t = strings[lang];
  const [open, setOpen] = useState<string[]>(defaultOpen ? ["details"] : []);
  // A new result resets the fold to what it calls for.
  useEffect(() => setOpen(defaultOpen ? ["details"] : []), [forms, defaultOpen]);
  if (forms.length === 0) return null;
  return (
    <Accordion
      collapsible
      openItems={open}
      onToggle={(_, data: AccordionToggleData<string>) => setOpen(data.openItems)}
      data-testid="form-details"
    >
      <AccordionItem value="details">
        <AccordionHeader as="h2" className={styles.header}>
          {t.details}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          {forms.map((form) => (
            <FormSummary
              key={`${form.sheet}|${form.range}`}
              lang={lang}
              form={form}
              compact={compact}
            />
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
