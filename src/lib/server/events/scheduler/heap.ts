/** A binary min-heap of (key, node) pairs. Stale entries are allowed: callers skip them on pop. */
export class MinHeap {
	private keys: number[] = [];
	private nodes: number[] = [];

	get size(): number {
		return this.keys.length;
	}

	/** The smallest key (read it before `popNode`). */
	get topKey(): number {
		return this.keys[0]!;
	}

	push(key: number, node: number): void {
		const { keys, nodes } = this;
		let i = keys.length;
		keys.push(key);
		nodes.push(node);
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (keys[parent]! <= key) break;
			keys[i] = keys[parent]!;
			nodes[i] = nodes[parent]!;
			i = parent;
		}
		keys[i] = key;
		nodes[i] = node;
	}

	popNode(): number {
		const { keys, nodes } = this;
		const top = nodes[0]!;
		const lastKey = keys.pop()!;
		const lastNode = nodes.pop()!;
		const n = keys.length;
		if (n === 0) return top;
		let i = 0;
		for (;;) {
			let child = 2 * i + 1;
			if (child >= n) break;
			if (child + 1 < n && keys[child + 1]! < keys[child]!) child++;
			if (keys[child]! >= lastKey) break;
			keys[i] = keys[child]!;
			nodes[i] = nodes[child]!;
			i = child;
		}
		keys[i] = lastKey;
		nodes[i] = lastNode;
		return top;
	}
}
