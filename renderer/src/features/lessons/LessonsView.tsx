import { useEffect } from 'react';
import { LESSONS } from '../../../../shared/lessons/all-lessons';
import { useLessons } from '../../app/stores';
import { lessonStatus, STATUS_LABELS } from './lesson-status';
import { WithCode } from './WithCode';

/** Every lesson with its goal and progress in this workspace; opening one puts it in the side panel. */
export function LessonsView() {
  const { progress, load, open, openId, callError } = useLessons();
  useEffect(() => {
    void load();
  }, [load]);
  const passed = LESSONS.filter((l) => lessonStatus(progress, l.id) === 'passed').length;

  return (
    <section className="panel lessons-view" data-testid="lessons-view" aria-label="Lessons">
      <h2>
        Lessons <small>{`${passed} of ${LESSONS.length} passed in this workspace`}</small>
      </h2>
      <p className="hint">
        Each lesson opens beside the app and stays open while you work in the other views. Its check passes only when a
        token or an API answer you get after starting it shows the goal reached.
      </p>
      {progress?.notices?.map((notice) => (
        <p className="hint" role="status" key={notice} data-testid="lessons-notice">
          {notice}
        </p>
      ))}
      {callError && (
        <p className="error-card" role="alert">
          {callError}
        </p>
      )}
      <ol className="lesson-list">
        {LESSONS.map((lesson) => {
          const status = lessonStatus(progress, lesson.id);
          return (
            <li key={lesson.id} data-testid={`lesson-${lesson.id}`} data-status={status}>
              <div>
                <strong>{lesson.title}</strong>
                <p>
                  <WithCode text={lesson.goal} />
                </p>
              </div>
              <span className={`lesson-badge lesson-${status}`}>{STATUS_LABELS[status]}</span>
              <button
                type="button"
                data-testid={`lesson-open-${lesson.id}`}
                aria-pressed={openId === lesson.id}
                onClick={() => void open(lesson.id)}
              >
                {status === 'new' ? 'Start' : 'Open'}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
