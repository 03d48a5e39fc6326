import type { Attachment } from 'svelte/attachments';

/** What is being dragged: a meeting on the grid or an accepted request from the unplaced list. */
export interface DragSource {
	kind: 'meeting' | 'request';
	id: string;
}

export interface DropCell {
	slot: number;
	table: number;
}

/**
 * Drag and drop on the board, delegated from one container: elements with `data-drag-kind` and
 * `data-drag-id` can be dragged, cells with `data-cell`, `data-slot` and `data-table` accept a drop
 * (a request only onto an empty cell). The cell under the pointer gets `data-drop` for its outline.
 * The drop only reports the intent; the server decides, so nothing moves until it agrees.
 */
export function boardDrag(onDrop: (source: DragSource, cell: DropCell) => void): Attachment<HTMLElement> {
	return (node) => {
		let source: DragSource | null = null;
		let hovered: HTMLElement | null = null;
		const cellOf = (e: Event) => (e.target as Element | null)?.closest<HTMLElement>('[data-cell]') ?? null;
		const accepts = (cell: HTMLElement) =>
			source !== null &&
			cell.dataset.meetingId !== source.id &&
			!(source.kind === 'request' && cell.dataset.meetingId);
		const hover = (cell: HTMLElement | null) => {
			if (hovered === cell) return;
			hovered?.removeAttribute('data-drop');
			hovered = cell;
			hovered?.setAttribute('data-drop', '');
		};

		const start = (e: DragEvent) => {
			const el = (e.target as Element | null)?.closest<HTMLElement>('[data-drag-kind]');
			const kind = el?.dataset.dragKind;
			if (!el || (kind !== 'meeting' && kind !== 'request') || !el.dataset.dragId) return;
			source = { kind, id: el.dataset.dragId };
			e.dataTransfer?.setData('text/plain', source.id);
			if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
			node.setAttribute('data-dragging', kind);
		};
		const over = (e: DragEvent) => {
			const cell = cellOf(e);
			if (!cell || !accepts(cell)) return hover(null);
			e.preventDefault();
			if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
			hover(cell);
		};
		const drop = (e: DragEvent) => {
			const cell = cellOf(e);
			const dragged = source;
			const accepted = cell !== null && accepts(cell);
			end();
			if (!cell || !accepted || !dragged) return;
			e.preventDefault();
			onDrop(dragged, { slot: Number(cell.dataset.slot), table: Number(cell.dataset.table) });
		};
		const end = () => {
			source = null;
			hover(null);
			node.removeAttribute('data-dragging');
		};

		node.addEventListener('dragstart', start);
		node.addEventListener('dragover', over);
		node.addEventListener('drop', drop);
		node.addEventListener('dragend', end);
		return () => {
			node.removeEventListener('dragstart', start);
			node.removeEventListener('dragover', over);
			node.removeEventListener('drop', drop);
			node.removeEventListener('dragend', end);
		};
	};
}
