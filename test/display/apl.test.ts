import { loadRoutine } from '../../content';
import { exerciseScreen, renderScreen } from '../../lambda/display';
import { initialState, type RoutineState } from '../../lambda/routine';

const routine = loadRoutine('en-US');

/** A routine state with settings changed. */
const withSettings = (settings: Partial<RoutineState['settings']>, state: RoutineState = initialState()): RoutineState => ({
  ...state,
  settings: { ...state.settings, ...settings },
});

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

  it('gives every exercise a title, a name, the starting side and its steps with sides filled in', () => {
    routine.exercises.forEach((exercise, index) => {
      const screen = exerciseScreen(routine, { ...initialState(), startSide: 'left' }, index);
      expect(screen.title).toBe(`Exercise ${index + 1} of 4`);
      expect(screen.name.toLowerCase()).toBe(exercise.forms.floor.name);
      expect(screen.side).toBe(exercise.perSide ? 'Left side' : '');
      expect(screen.steps.length).toBeGreaterThan(1);
      for (const step of screen.steps) expect(step).not.toMatch(/[{}]/);
    });
  });

  it('lists how to get into place before the steps', () => {
    const screen = exerciseScreen(routine, { ...initialState(), startSide: 'left' }, 0);
    expect(screen.steps.slice(0, 3)).toEqual(['Come down to the floor, slowly.', 'Lie on your back, with your knees bent and your feet flat.', 'Rest your left ankle across your right knee.']);
  });

  it('shows the side being worked: the other side once the first is done, and right when no side was chosen', () => {
    const second = exerciseScreen(routine, { ...initialState(), status: 'active', startSide: 'left', sideIndex: 1 });
    expect(second.side).toBe('Right side');
    expect(second.steps).toContain('Rest your right ankle across your left knee.');
    expect(exerciseScreen(routine, initialState(), 0).side).toBe('Right side');
  });

  it('shows the chair form of every exercise when the user does the chair version', () => {
    const chair = withSettings({ chair: true }, { ...initialState(), startSide: 'left' });
    routine.exercises.forEach((exercise, index) => {
      const screen = exerciseScreen(routine, chair, index);
      expect(screen.title).toBe(`Exercise ${index + 1} of 4`);
      expect(screen.name.toLowerCase()).toBe(exercise.forms.chair.name);
    });
    expect(exerciseScreen(routine, chair, 0).steps).toEqual(expect.arrayContaining(['Sit near the front of a sturdy chair.', 'Lift your left foot, and rest that ankle on your right knee.']));
  });

  it('marks the easier way in the title, on the floor and on a chair, for that exercise only', () => {
    const easier = withSettings({ easier: ['standing-figure-four'] });
    expect(exerciseScreen(routine, easier, 1)).toMatchObject({ title: 'Exercise 2 of 4 · easier way', name: 'The seated figure four on a chair' });
    expect(exerciseScreen(routine, easier, 0)).toMatchObject({ title: 'Exercise 1 of 4', name: 'The lying crossed-knee stretch' });
    expect(exerciseScreen(routine, withSettings({ chair: true }, easier), 1)).toMatchObject({ title: 'Exercise 2 of 4 · easier way', name: 'The gentle seated knee hug' });
  });
});
