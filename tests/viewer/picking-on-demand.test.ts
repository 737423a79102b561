import type { EdgeProgramType } from 'sigma/rendering';
import { describe, expect, it } from 'vitest';
import { pickingOnDemand } from '../../viewer/src/picking-on-demand.ts';

/** Stands in for a sigma program: records whether its picking pass was there when it rendered. */
class FakeProgram {
  pickProgram: object | null = {};
  picked: boolean[] = [];
  render(): void {
    this.picked.push(this.pickProgram !== null);
  }
}

/** Stands in for a compound program (an arrow: line and head), which renders its parts. */
class FakeCompound {
  programs = [new FakeProgram(), new FakeProgram()];
  render(): void {
    for (const program of this.programs) program.render();
  }
}

function make<T>(Base: new () => T, wanted: () => boolean): T {
  const Wrapped = pickingOnDemand(Base as unknown as EdgeProgramType, wanted) as unknown as new () => T;
  return new Wrapped();
}

describe('edge picking on demand', () => {
  it('draws the picking pass only while wanted, and gives it back afterwards', () => {
    let wanted = false;
    const program = make(FakeProgram, () => wanted);
    const pass = program.pickProgram;
    program.render();
    wanted = true;
    program.render();
    expect(program.picked).toEqual([false, true]);
    expect(program.pickProgram).toBe(pass);
  });

  it('skips the picking passes of every part of a compound program', () => {
    let wanted = false;
    const compound = make(FakeCompound, () => wanted);
    compound.render();
    wanted = true;
    compound.render();
    expect(compound.programs.map((p) => p.picked)).toEqual([
      [false, true],
      [false, true],
    ]);
    expect(compound.programs.every((p) => p.pickProgram !== null)).toBe(true);
  });
});
