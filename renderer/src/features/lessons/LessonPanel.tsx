import { findLesson } from '../../../../shared/lessons/all-lessons';
import type { Criterion as LessonCriterion, LessonStep } from '../../../../shared/lessons/lesson';
import { useConnections, useLessons } from '../../app/stores';
import { useNavigation, VIEWS } from '../../stores/navigation-store';
import { lessonStatus, STATUS_LABELS, withSandbox } from './lesson-status';
import { WithCode } from './WithCode';

function Step({ step, index, issuer }: { step: LessonStep; index: number; issuer: string | undefined }) {
  const show = useNavigation((s) => s.show);
  const view = VIEWS.find((v) => v.id === step.view);
  return (
    <li data-testid="lesson-step" data-view={step.view}>
      <button
        type="button"
        className="link lesson-go"
        data-testid={`lesson-step-go-${index}`}
        onClick={() => show(step.view)}
      >
        {view?.label ?? step.view} →
      </button>{' '}
      <span data-testid="lesson-step-text">
        <WithCode text={step.text} />
      </span>
      {step.values && (
        <ul className="lesson-values">
          {step.values.map((v, i) => (
            <li key={i}>
              {v.name}:{' '}
              <code data-testid="lesson-value" data-name={v.name}>
                {withSandbox(v.value, issuer)}
              </code>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** One line of the live check: met or not, and what the check read to say so. */
function Criterion({ criterion }: { criterion: LessonCriterion }) {
  return (
    <li data-testid="lesson-criterion" data-met={String(criterion.met)}>
      <span aria-hidden="true">{criterion.met ? '✓' : '○'}</span>{' '}
      <strong>
        <WithCode text={criterion.label} />
      </strong>
      <br />
      <small>
        <WithCode text={criterion.detail} />
      </small>
    </li>
  );
}

/** The open lesson, beside the app: goal, concept, steps, the live check, and the sandbox world it needs. */
export function LessonPanel() {
  const lessons = useLessons();
  const issuer = useConnections((s) => s.connections.find((c) => c.kind === 'sandbox')?.issuer);
  const lesson = findLesson(lessons.openId);
  if (!lesson) return null;
  const check = lessons.checks[lesson.id];
  const status = lessonStatus(lessons.progress, lesson.id);
  const kept = lessons.progress?.worldBefore;

  return (
    <aside
      className="lesson-panel"
      data-testid="lesson-panel"
      data-lesson={lesson.id}
      data-passed={String(check?.passed ?? false)}
      aria-label={`Lesson: ${lesson.title}`}
    >
      <header className="lesson-header">
        <h2>{lesson.title}</h2>
        <button type="button" data-testid="lesson-close" aria-label="Close the lesson" onClick={lessons.close}>
          ×
        </button>
      </header>
      <p className="lesson-goal">
        <strong>Goal:</strong> <WithCode text={lesson.goal} />
      </p>
      {lesson.concept.map((paragraph, i) => (
        <p key={i}>
          <WithCode text={paragraph} />
        </p>
      ))}
      <p>
        From{' '}
        <a href={lesson.source.url} target="_blank" rel="noopener noreferrer" data-testid="lesson-source">
          {lesson.source.title}
        </a>
      </p>

      <h3>Do it</h3>
      <ol className="lesson-steps">
        {lesson.steps.map((step, i) => (
          <Step key={i} step={step} index={i} issuer={issuer} />
        ))}
      </ol>

      <h3>
        Check{' '}
        <span className={`lesson-badge lesson-${status}`} data-testid="lesson-status" data-status={status}>
          {STATUS_LABELS[status]}
        </span>
      </h3>
      <ul className="lesson-criteria" aria-live="polite">
        {(check?.criteria ?? []).map((c) => (
          <Criterion key={c.label} criterion={c} />
        ))}
      </ul>
      <div className="actions">
        <button
          type="button"
          data-testid="lesson-check"
          disabled={lessons.checking}
          onClick={() => void lessons.check()}
        >
          {lessons.checking ? 'Checking…' : 'Check now'}
        </button>
        <button type="button" data-testid="lesson-restart" onClick={() => void lessons.restart()}>
          Start over
        </button>
      </div>

      <h3>Sandbox world</h3>
      <p className="hint">The steps assume the sandbox's default world. Reset keeps yours, so Undo can put it back.</p>
      <div className="actions">
        <button type="button" data-testid="lesson-reset-world" onClick={() => void lessons.resetWorld()}>
          Reset the sandbox world
        </button>
        {kept && (
          <button type="button" data-testid="lesson-undo-world" onClick={() => void lessons.undoWorld()}>
            Undo: restore my world
          </button>
        )}
      </div>
      {lessons.worldMessage && (
        <p className="hint" role="status" data-testid="lesson-world-message">
          {lessons.worldMessage}
        </p>
      )}
      {lessons.callError && (
        <p className="verdict verdict-fail" role="alert" data-testid="lesson-error">
          {lessons.callError}
        </p>
      )}
    </aside>
  );
}
