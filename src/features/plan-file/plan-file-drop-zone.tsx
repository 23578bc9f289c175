import { useEffect, useState } from 'react';
import './plan-file.css';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Listens for files dragged anywhere over the page while mounted, and imports a dropped .json file
 * the way "Import plan" does. Returns whether files are being dragged over the page.
 */
export function usePlanFileDrop(): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; count them to know when the drag left the page.
    let depth = 0;
    const onEnter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // allows the drop
      if (event.dataTransfer !== null) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // never let the browser navigate to the file
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      const file = files.find((f) => /\.json$/i.test(f.name)) ?? files[0];
      // The reader needs the planning core: load it on the first drop, not with the page.
      if (file !== undefined)
        void import('./plan-file-import.ts').then((m) => m.importPlanFile(file, 'drop'));
    };
    document.addEventListener('dragenter', onEnter);
    document.addEventListener('dragover', onOver);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragenter', onEnter);
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}

/** The page-wide drop target for plan files: mount it once; it shows an overlay while a file is dragged. */
export function PlanFileDropZone() {
  const dragging = usePlanFileDrop();
  if (!dragging) return null;
  return (
    <div className="plan-file-drop-overlay">
      <p className="plan-file-drop-message">Drop a plan file to open it</p>
    </div>
  );
}
