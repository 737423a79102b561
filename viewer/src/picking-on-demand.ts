/**
 * Edge picking on demand. With edge events on, sigma draws every edge twice per frame: once on
 * screen and once into the hidden picking frame that hover and click on edges read. The viewer
 * needs that second pass only where a pointer can use it, so it is skipped until the pointer
 * first reaches the graph and while the camera moves (main.ts renders once more when it rests).
 * Kept apart from edge-programs.ts: no WebGL at load, so it runs under Node's tests.
 */
import type { EdgeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** A program's picking pass, or those of a compound program's parts (sigma keeps both as fields). */
interface PickingPasses {
  pickProgram: unknown;
  programs?: PickingPasses[];
}

function passesOf(program: PickingPasses): PickingPasses[] {
  return program.programs ? program.programs.flatMap(passesOf) : [program];
}

/** `Base` (a plain or compound edge program) drawing its picking pass only while `wanted()` holds. */
export function pickingOnDemand(Base: EdgeProgramType, wanted: () => boolean): EdgeProgramType {
  return class extends Base {
    render(params: RenderParams): void {
      if (wanted()) {
        super.render(params);
        return;
      }
      const passes = passesOf(this as unknown as PickingPasses);
      const saved = passes.map((pass) => pass.pickProgram);
      for (const pass of passes) pass.pickProgram = null;
      try {
        super.render(params);
      } finally {
        passes.forEach((pass, i) => {
          pass.pickProgram = saved[i];
        });
      }
    }
  };
}
