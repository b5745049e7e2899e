import type { UIMessage } from 'ai';

/** Where a message sits among the versions of its turn: `index` of `count`, 0-based. */
export interface BranchPosition {
  index: number;
  count: number;
  /** Ids of every version of this turn, oldest first. */
  siblings: readonly string[];
}

interface TreeNode {
  message: UIMessage;
  parentId: string | null;
}

const ROOT = '';

/**
 * Every message of a conversation with its parent, so edits and regenerations become branches:
 * the visible thread (the active path) is one walk from a root to a leaf, and each node
 * remembers which child was last active so switching back restores the whole branch.
 *
 * The tree follows the chat's linear message list: `syncPath` records whatever path is visible
 * now, adding new messages under their predecessor and keeping messages that left the path as
 * other branches. Only structural changes walk the path; a streamed update is `update` (O(1)).
 */
export class MessageTree {
  #nodes = new Map<string, TreeNode>();
  /** Children of each parent id (`''` for roots), oldest first. */
  #children = new Map<string, string[]>();
  /** The child last active under each parent, so a switch restores the branch below it. */
  #activeChild = new Map<string, string>();

  /** Number of messages in every branch. */
  get size(): number {
    return this.#nodes.size;
  }

  has(id: string): boolean {
    return this.#nodes.has(id);
  }

  get(id: string): UIMessage | undefined {
    return this.#nodes.get(id)?.message;
  }

  parentOf(id: string): string | null | undefined {
    return this.#nodes.get(id)?.parentId;
  }

  /**
   * Record `path` as the visible thread: messages not yet known are added under their
   * predecessor; a known message that appears under a different predecessor is moved (the
   * platform's history is the truth); the path's choices become the active children.
   */
  syncPath(path: readonly UIMessage[]): void {
    let parentId: string | null = null;
    for (const message of path) {
      const node = this.#nodes.get(message.id);
      if (!node) {
        this.#add(message, parentId);
      } else {
        node.message = message;
        if (node.parentId !== parentId) this.#move(message.id, parentId);
      }
      this.#activeChild.set(parentId ?? ROOT, message.id);
      parentId = message.id;
    }
  }

  /** Replace a message's content in place (a streamed update); `previousId` when its id changed. */
  update(message: UIMessage, previousId = message.id): void {
    if (previousId !== message.id) this.#rename(previousId, message.id);
    const node = this.#nodes.get(message.id);
    if (node) node.message = message;
  }

  /** Forget a message and everything below it (a turn that never reached the server). */
  remove(id: string): void {
    const node = this.#nodes.get(id);
    if (!node) return;
    for (const child of [...(this.#children.get(id) ?? [])]) this.remove(child);
    this.#children.delete(id);
    this.#activeChild.delete(id);
    const parentKey = node.parentId ?? ROOT;
    const siblings = (this.#children.get(parentKey) ?? []).filter((sibling) => sibling !== id);
    this.#children.set(parentKey, siblings);
    if (this.#activeChild.get(parentKey) === id) {
      const fallback = siblings[siblings.length - 1];
      if (fallback === undefined) this.#activeChild.delete(parentKey);
      else this.#activeChild.set(parentKey, fallback);
    }
    this.#nodes.delete(id);
  }

  /** The versions of `id`'s turn and which one it is; undefined for an unknown id. */
  branchOf(id: string): BranchPosition | undefined {
    const node = this.#nodes.get(id);
    if (!node) return undefined;
    const siblings = this.#children.get(node.parentId ?? ROOT) ?? [id];
    return { index: Math.max(0, siblings.indexOf(id)), count: siblings.length, siblings };
  }

  /** The path from a root through `id`, continued down the last active children to a leaf. */
  pathThrough(id: string): UIMessage[] {
    const up: UIMessage[] = [];
    let cursor: string | null | undefined = id;
    while (cursor !== null && cursor !== undefined) {
      const node = this.#nodes.get(cursor);
      if (!node) break;
      up.push(node.message);
      cursor = node.parentId;
    }
    const path = up.reverse();
    let next = this.#activeChild.get(id);
    while (next !== undefined) {
      const node = this.#nodes.get(next);
      if (!node) break;
      path.push(node.message);
      next = this.#activeChild.get(next);
    }
    return path;
  }

  /** The path up to and including `id` only (no descendants): where an edit or regenerate starts. */
  pathTo(id: string): UIMessage[] {
    const path = this.pathThrough(id);
    const index = path.findIndex((message) => message.id === id);
    return path.slice(0, index + 1);
  }

  /** Every node as `{ message, parentId }`, parents before children: what a store persists. */
  entries(): Array<{ message: UIMessage; parentId: string | null }> {
    const out: Array<{ message: UIMessage; parentId: string | null }> = [];
    const visit = (parentKey: string) => {
      for (const id of this.#children.get(parentKey) ?? []) {
        const node = this.#nodes.get(id);
        if (!node) continue;
        out.push({ message: node.message, parentId: node.parentId });
        visit(id);
      }
    };
    visit(ROOT);
    return out;
  }

  #add(message: UIMessage, parentId: string | null): void {
    this.#nodes.set(message.id, { message, parentId });
    const key = parentId ?? ROOT;
    const siblings = this.#children.get(key);
    if (siblings) siblings.push(message.id);
    else this.#children.set(key, [message.id]);
  }

  #move(id: string, parentId: string | null): void {
    const node = this.#nodes.get(id);
    if (!node) return;
    const oldKey = node.parentId ?? ROOT;
    this.#children.set(
      oldKey,
      (this.#children.get(oldKey) ?? []).filter((sibling) => sibling !== id),
    );
    node.parentId = parentId;
    const key = parentId ?? ROOT;
    const siblings = this.#children.get(key);
    if (siblings) siblings.push(id);
    else this.#children.set(key, [id]);
  }

  #rename(from: string, to: string): void {
    const node = this.#nodes.get(from);
    if (!node || this.#nodes.has(to)) return;
    this.#nodes.delete(from);
    this.#nodes.set(to, node);
    const parentKey = node.parentId ?? ROOT;
    this.#children.set(
      parentKey,
      (this.#children.get(parentKey) ?? []).map((sibling) => (sibling === from ? to : sibling)),
    );
    if (this.#activeChild.get(parentKey) === from) this.#activeChild.set(parentKey, to);
    const children = this.#children.get(from);
    if (children) {
      this.#children.delete(from);
      this.#children.set(to, children);
      for (const child of children) {
        const childNode = this.#nodes.get(child);
        if (childNode) childNode.parentId = to;
      }
    }
    const active = this.#activeChild.get(from);
    if (active !== undefined) {
      this.#activeChild.delete(from);
      this.#activeChild.set(to, active);
    }
  }
}
