import type { Attachment } from 'svelte/attachments';

/**
 * Drag and drop on a pipeline board, delegated from one container: cards (`data-card-id`, with their
 * allowed moves in `data-moves`) are dragged onto columns (`data-stage`). While a card is dragged,
 * every column is marked `data-accept` or `data-refuse` so the refusing ones show it before the drop.
 * A drop on a refusing column is still reported: the server refuses it with the reason (and audits
 * the attempt), which the board then shows. Dropping on the card's own column does nothing.
 */
export function pipelineDrag(onDrop: (cardId: string, stage: string) => void): Attachment<HTMLElement> {
	return (node) => {
		let card: HTMLElement | null = null;
		let hovered: HTMLElement | null = null;
		const columns = () => node.querySelectorAll<HTMLElement>('[data-stage]');
		const columnOf = (e: Event) => (e.target as Element | null)?.closest<HTMLElement>('[data-stage]') ?? null;
		const hover = (column: HTMLElement | null) => {
			if (hovered === column) return;
			hovered?.removeAttribute('data-drop');
			hovered = column;
			hovered?.setAttribute('data-drop', '');
		};

		const start = (e: DragEvent) => {
			card = (e.target as Element | null)?.closest<HTMLElement>('[data-card-id]') ?? null;
			if (!card) return;
			e.dataTransfer?.setData('text/plain', card.dataset.cardId!);
			if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
			const moves = (card.dataset.moves ?? '').split(' ');
			for (const column of columns()) {
				if (column.dataset.stage === card.dataset.cardStage) continue;
				column.setAttribute(moves.includes(column.dataset.stage!) ? 'data-accept' : 'data-refuse', '');
			}
			node.setAttribute('data-dragging', '');
		};
		const over = (e: DragEvent) => {
			const column = columnOf(e);
			if (!card || !column || column.dataset.stage === card.dataset.cardStage) return hover(null);
			e.preventDefault();
			if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
			hover(column);
		};
		const drop = (e: DragEvent) => {
			const column = columnOf(e);
			const dragged = card;
			end();
			if (!dragged || !column || column.dataset.stage === dragged.dataset.cardStage) return;
			e.preventDefault();
			onDrop(dragged.dataset.cardId!, column.dataset.stage!);
		};
		const end = () => {
			card = null;
			hover(null);
			node.removeAttribute('data-dragging');
			for (const column of columns()) {
				column.removeAttribute('data-accept');
				column.removeAttribute('data-refuse');
			}
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
