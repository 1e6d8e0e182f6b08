import { loadRoutine } from '../../content';
import { exerciseScreen, renderScreen } from '../../lambda/display';
import { initialState } from '../../lambda/routine';

const routine = loadRoutine('en-US');

describe('the exercise screen document', () => {
  const directive = renderScreen(exerciseScreen(routine, initialState()));
  const documentText = JSON.stringify(directive.document);

  it('is an APL 2024.3 document bound to its data source as payload', () => {
    expect(directive.document).toMatchObject({ type: 'APL', version: '2024.3', mainTemplate: { parameters: ['payload'] } });
  });

  it('uses only fields the screen provides', () => {
    const used = [...documentText.matchAll(/payload\.exercise\.(\w+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const field of used) expect(Object.keys(directive.datasources?.exercise ?? {})).toContain(field);
  });

  it('gives every exercise a title, a name and its steps with sides filled in', () => {
    routine.exercises.forEach((exercise, index) => {
      const screen = exerciseScreen(routine, { ...initialState(), affectedSide: 'left' }, index);
      expect(screen.title).toBe(`Exercise ${index + 1} of 4`);
      expect(screen.side).toBe(exercise.perSide ? 'Left side' : '');
      expect(screen.steps.length).toBeGreaterThan(1);
      for (const step of screen.steps) expect(step).not.toMatch(/[{}]/);
    });
  });
});
