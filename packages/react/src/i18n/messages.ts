import type { ErrorMessages } from '@agent-chat/client';

/** The role a message was written in, as the kit names it for assistive technology. */
export type MessageRole = 'user' | 'assistant' | 'system';

/**
 * Every sentence, label and accessible name the kit shows. Flat keys grouped by area; a string
 * with values in it is a function of those values. Numbers and sizes arrive already formatted
 * for the locale (strings), except where the sentence itself depends on the count (plural forms).
 * Override any of them with `<AgentChatProvider messages={{ send: 'Go' }}>`.
 */
export interface AgentChatMessages {
  // Shared words
  cancel: string;
  save: string;
  send: string;
  retry: string;
  copy: string;
  copied: string;
  loading: string;

  // Composer
  composerPlaceholder: string;
  /** Accessible name of the composer's textarea. */
  composerInputLabel: string;
  stop: string;
  attachFiles: string;
  attachmentsLabel: string;
  dropFilesToAttach: string;
  processingFile: (name: string) => string;
  removeFile: (name: string) => string;
  /** Accessible name of an upload's progress bar. */
  uploadingFile: (name: string) => string;
  /** The chip's remove button while its file uploads. */
  cancelUpload: (name: string) => string;
  /** A failed upload; `reason` is a sentence from `describeError`. */
  uploadFailed: (name: string, reason: string) => string;
  retryUpload: (name: string) => string;
  waitForAttachments: string;
  removeFailedAttachments: (count: number) => string;
  conversationSettings: string;
  settingsModel: string;
  settingsDefaultModel: string;
  settingsTools: string;
  settingsTemperature: string;
  settingsInstructions: string;
  /** Composer microphone toggle (label swaps while listening) and what it announces. */
  dictate: string;
  stopDictating: string;
  dictationListening: string;
  dictationStopped: string;
  dictationFailed: string;

  // Attachment validation (`size` and `limit` are formatted file sizes)
  tooManyFiles: (name: string, maxFiles: number) => string;
  fileTooLarge: (name: string, size: string, limit: string) => string;
  fileTypeNotAccepted: (name: string, accepted: string) => string;
  fileEmpty: (name: string) => string;
  unknownSize: string;

  // Message
  /** Accessible name of a message: "You said", "Assistant said". */
  messageLabel: (role: MessageRole) => string;
  /** Where a message sits in the list, read after its author ("Message 3 of 12"). */
  messagePosition: (position: number, total: number) => string;
  copyMessage: string;
  /** Read-aloud toggle of a reply (label swaps while reading). */
  readAloud: string;
  stopReading: string;
  editMessage: string;
  regenerateReply: string;
  askAgainAsNewMessage: string;
  sendAsNewMessage: string;
  versions: string;
  previousVersion: string;
  nextVersion: string;
  versionOf: (index: number, count: number) => string;
  goodReply: string;
  poorReply: string;
  feedbackComment: string;
  skip: string;
  download: string;
  fileFallbackName: string;
  sources: string;
  step: (step: number) => string;
  thinking: string;
  thoughtForAFewSeconds: string;
  thoughtForSeconds: (seconds: number) => string;
  replyInterrupted: string;
  resume: string;
  retryNow: string;
  somethingWentWrong: string;
  waitingForNetwork: string;
  retryingIn: (seconds: number) => string;
  errorDetails: string;
  copyCode: (language: string) => string;
  taskDone: string;
  taskNotDone: string;
  mathError: string;
  diagram: string;
  diagramTitled: (title: string) => string;
  diagramError: string;

  // Tool calls
  toolPreparing: string;
  toolRunning: string;
  toolAwaitingApproval: string;
  toolAnswered: string;
  toolCompleted: string;
  toolError: string;
  toolDenied: string;
  toolInput: string;
  toolInputArriving: string;
  toolOutput: string;
  toolOutputPreliminary: string;
  toolApprovalQuestion: (tool: string) => string;
  toolReason: string;
  approve: string;
  deny: string;
  approved: string;
  toolApprovalReadOnly: (tool: string) => string;

  // Message list and its live regions
  conversationLabel: string;
  jumpToLatest: string;
  newMessages: (count: number) => string;
  replyStopped: string;
  assistantReplied: (snippet: string) => string;
  replyFailed: (reason: string | undefined) => string;

  // Thread
  emptyTitle: string;
  suggestions: string;
  followUps: string;
  loadingConversation: string;

  // Conversation list
  conversations: string;
  newConversation: string;
  searchConversations: string;
  search: string;
  loadingConversations: string;
  loadConversationsFailed: (reason: string) => string;
  noConversationsMatch: (query: string) => string;
  noConversations: string;
  loadMore: string;
  loadingMore: string;
  createConversationFailed: (reason: string) => string;
  untitledConversation: string;
  conversationName: string;
  rename: string;
  renameConversation: (name: string) => string;
  renameFailed: (reason: string) => string;
  unread: (count: number) => string;
  delete: string;
  deleting: string;
  deleteConversation: (name: string) => string;
  deleteConversationTitle: (name: string) => string;
  deleteConversationDescription: string;
  deleteFailed: (reason: string) => string;

  // Chat widget
  chatTitle: string;
  openChat: string;
  openChatUnread: (count: number) => string;
  closeChat: string;

  // Team replies
  teamChat: string;
  teamReplies: string;
  teamMode: string;
  teamUnsupported: string;
  teamIntro: string;
  messageTheTeam: string;
  messageTheTeamLabel: string;
  sending: string;
  sendFailed: (reason: string) => string;
  teamYouInMode: (mode: string) => string;
  teamCouldNotAnswer: (reason: string) => string;
  tryAgain: string;
  teamReplying: string;
  teamSummary: string;
  teamModeDescription: (mode: string) => string | undefined;

  // Data frames
  dataFrames: string;
  dataFrame: (name: string) => string;
  openDataFrame: (name: string) => string;
  sampleOf: (name: string) => string;
  loadingDataFrames: string;
  listDataFramesFailed: (reason: string) => string;
  dataFramesUnsupported: string;
  noDataFrames: string;
  loadingDataFrame: string;
  rowCountUnknown: string;
  /** `count` is formatted; `rows` the raw number for the plural form. */
  rowCount: (count: string, rows: number, atLeast: boolean) => string;
  /** `count` is formatted; `columns` the raw number for the plural form. */
  columnCount: (count: string, columns: number) => string;
  moreColumnsNotShown: (count: number) => string;
  columnsMenu: string;
  columnsToShow: string;
  showAllColumns: string;
  noSampleRows: string;
  open: string;
  exportCsv: string;
  rowNumber: string;
  emptyCell: string;
  copyCell: string;
  cellCopied: string;
  invalidDate: string;
  /** The rows in view, in the grid's caption; `first` and `last` are formatted. */
  rowsInView: (first: string, last: string) => string;
  /** Columns shown of all, in the grid's caption; `shown`, `total` formatted, `columns` the raw total. */
  columnsShown: (shown: string, total: string, columns: number) => string;
  loadDataFrameFailed: (name: string, reason: string) => string;
  dataFrameNoRows: string;
  /** What a click on a column's header does: sort ascending, descending, or clear the sort (`none`). */
  sortColumn: (column: string, direction: 'ascending' | 'descending' | 'none') => string;

  /** The sentences of `describeError` (errors from the server and the network). */
  errors: ErrorMessages;
}

/** A partial override of the messages: any keys, and any of the error sentences. */
export type AgentChatMessagesOverride = Partial<Omit<AgentChatMessages, 'errors'>> & {
  errors?: Partial<ErrorMessages>;
};
