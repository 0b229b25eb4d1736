import './privacy.css';
import { TextArea, type TextAreaProps } from '@amsterdam/design-system-react';
import {
  Fragment,
  type ReactNode,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { mayEver } from '../../../shared/permissions.js';
import { overrideKey } from '../../../shared/privacy/overrideKey.js';
import { categories } from '../../../shared/privacy/types.js';
import { FormField } from '../../lib/FormField.js';
import { useMe } from '../../lib/queries.js';
import { isSignedIn } from '../auth/isSignedIn.js';
import { useDetector } from './detector.js';
import { type FindingGroup, FindingList, type Notice } from './FindingList.js';
import { useMarkedNotPersonal } from './overrides.js';
import {
  findingKey,
  merge,
  rebase,
  replaceSpans,
  type ServerFinding,
  type Span,
  spansFromServer,
} from './spans.js';

/** How long the user may pause between keys before the text is checked again. */
const debounceMs = 200;

export type { ServerFinding } from './spans.js';

export type PersonalDataTextAreaProps = {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  description?: ReactNode;
  /** The form's own error for this field (the field is then marked invalid). */
  error?: string | undefined;
  /**
   * What the server refused in this text (a 422 with code `personal-data`: its `findings`),
   * as offsets into the value that was sent. Shown like the browser's own findings, and carried
   * along as the user edits.
   */
  serverFindings?: readonly ServerFinding[] | undefined;
} & Omit<
  TextAreaProps,
  'id' | 'value' | 'defaultValue' | 'onChange' | 'invalid' | 'aria-describedby' | 'children'
>;

/** The findings as they stand, for the text they were made for. */
interface Tracked {
  text: string;
  local: Span[];
  server: Span[];
  /** The serverFindings they came from (as JSON): another answer of the server replaces them. */
  from: string;
}

/**
 * A labelled text area that looks for personal data as the user types (in the browser: the text
 * goes nowhere), marks what it finds in the text, says below what each finding is, and offers
 * neutral words to replace it with — or, with a reason, to mark it as not personal data.
 *
 *   <PersonalDataTextArea id="description" label="Beschrijving" value={text} onChange={setText} />
 *
 * The marks are on a layer behind the text area, which has a transparent background: the same
 * font, padding and wrapping, scrolled along with it.
 */
export function PersonalDataTextArea({
  id,
  label,
  value,
  onChange,
  description,
  error,
  serverFindings,
  className,
  rows = 6,
  onScroll,
  ...rest
}: PersonalDataTextAreaProps) {
  const { t } = useTranslation();
  const detect = useDetector();
  const me = useMe();
  const user = isSignedIn(me.data) ? me.data : undefined;
  const overrideBy = user && mayEver(user.roles, 'pii.override') ? user.user.id : undefined;
  const notPersonal = useMarkedNotPersonal(overrideBy);
  const summaryId = `${useId()}-summary`;
  const textArea = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  /** Where the caret goes once the text holds a replacement. */
  const caret = useRef<{ text: string; start: number; end: number } | null>(null);
  const [checkedOnce, setCheckedOnce] = useState(false);
  const firstCheck = useRef(true);
  const answer = serverFindings?.length ? JSON.stringify(serverFindings) : '';
  const [notice, setNotice] = useState<Notice>();
  const [tracked, setTracked] = useState<Tracked>(() => ({
    text: value,
    local: [],
    server: spansFromServer(serverFindings, value, categories),
    from: answer,
  }));

  // The value changed (the user typed) or the server answered: carry the findings over now, so
  // that the marks stay on their words until the next check.
  let current = tracked;
  if (current.text !== value || current.from !== answer) {
    current = {
      text: value,
      local: rebase(current.local, current.text, value),
      server:
        current.from === answer
          ? rebase(current.server, current.text, value)
          : spansFromServer(serverFindings, value, categories),
      from: answer,
    };
    setTracked(current);
  }

  // The check itself: once the user pauses, and straight away the first time.
  useEffect(() => {
    if (!detect) return;
    const timer = setTimeout(
      () => {
        const local = detect(value).map(({ start, end, category }) => ({ start, end, category }));
        setTracked((was) => (was.text === value ? { ...was, local } : was));
        firstCheck.current = false;
        setCheckedOnce(true);
      },
      firstCheck.current ? 0 : debounceMs,
    );
    return () => clearTimeout(timer);
  }, [detect, value]);

  const spans = useMemo(
    () =>
      merge(current.local, current.server).filter(
        (span) => !notPersonal.has(overrideKey(value.slice(span.start, span.end), span.category)),
      ),
    [current, notPersonal, value],
  );
  const groups = useMemo(() => groupsOf(spans, value), [spans, value]);

  const followScroll = () => {
    if (backdrop.current && textArea.current) {
      backdrop.current.scrollTop = textArea.current.scrollTop;
    }
  };

  // After each render: the caret after a replacement, and the marks where the text is scrolled.
  useLayoutEffect(() => {
    const wanted = caret.current;
    if (wanted && wanted.text === value && textArea.current) {
      textArea.current.setSelectionRange(wanted.start, wanted.end);
      caret.current = null;
    }
    followScroll();
  });

  function replace(group: FindingGroup, replacement: string) {
    const result = replaceSpans(value, group.spans, replacement);
    const area = textArea.current;
    caret.current = {
      text: result.text,
      start: result.move(area?.selectionStart ?? value.length),
      end: result.move(area?.selectionEnd ?? value.length),
    };
    setTracked({
      text: result.text,
      local: result.carry(current.local),
      server: result.carry(current.server),
      from: answer,
    });
    setNotice({ text: t('privacy.replaced', { text: group.text, replacement }), at: Date.now() });
    onChange(result.text);
  }

  function marked(group: FindingGroup) {
    setNotice({
      text: t('privacy.overridden', {
        text: group.text,
        what: t(`privacy.category.${group.category}`),
      }),
      at: Date.now(),
    });
  }

  return (
    <div className="schakel-pii">
      <FormField id={id} label={label} description={description} error={error}>
        {(input) => (
          <div className="schakel-pii-field">
            <div ref={backdrop} className="schakel-pii-backdrop" aria-hidden="true">
              <Highlights text={value} spans={spans} />
            </div>
            <TextArea
              // Some browsers' enhanced spell checking sends the text to a server: not this text.
              spellCheck={false}
              autoComplete="off"
              {...rest}
              {...input}
              aria-describedby={[input['aria-describedby'], summaryId].filter(Boolean).join(' ')}
              ref={textArea}
              className={['schakel-pii-text-area', className].filter(Boolean).join(' ')}
              rows={rows}
              resize="vertical"
              value={value}
              onChange={(event) => {
                setNotice(undefined);
                onChange(event.target.value);
              }}
              onScroll={(event) => {
                followScroll();
                onScroll?.(event);
              }}
            />
          </div>
        )}
      </FormField>
      <FindingList
        summaryId={summaryId}
        checked={checkedOnce || current.server.length > 0}
        text={value}
        groups={groups}
        notice={notice}
        detect={detect}
        overrideBy={overrideBy}
        onReplace={replace}
        onMarked={marked}
      />
    </div>
  );
}

/** The findings by what they are: the same words of the same kind are one item of the list. */
function groupsOf(spans: readonly Span[], text: string): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const span of spans) {
    const words = text.slice(span.start, span.end);
    const key = findingKey(words, span.category);
    const group = groups.get(key);
    if (group) group.spans.push(span);
    else groups.set(key, { key, category: span.category, text: words, spans: [span] });
  }
  return [...groups.values()];
}

/** The text with each finding in a <mark>, and a space at the end: a final newline keeps its line. */
function Highlights({ text, spans }: { text: string; spans: readonly Span[] }) {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const span of spans) {
    parts.push(
      <Fragment key={span.start}>
        {text.slice(from, span.start)}
        <mark className="schakel-pii-mark">{text.slice(span.start, span.end)}</mark>
      </Fragment>,
    );
    from = span.end;
  }
  return (
    <>
      {parts}
      {text.slice(from)}{' '}
    </>
  );
}
