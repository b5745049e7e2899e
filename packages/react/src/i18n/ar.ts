import { formatBytes, formatDuration } from './format.ts';
import type { AgentChatMessages, MessageRole } from './messages.ts';

const ROLE: Record<MessageRole, string> = { user: 'أنت', assistant: 'المساعد', system: 'النظام' };

const MODE_DESCRIPTION: Record<string, string> = {
  auto: 'يقرّر الفريق طريقة الإجابة.',
  brainstorm: 'يضيف كل وكيل أفكاره.',
  debate: 'يتبنّى الوكلاء مواقف مختلفة ويتناقشون.',
  'round-robin': 'يجيب الوكلاء واحدًا تلو الآخر.',
};

/** Counts in words where Arabic grammar needs a form of its own (1, 2, 3–10, 11 and more). */
function plural(count: number, one: string, two: string, few: string, many: string): string {
  if (count === 1) return one;
  if (count === 2) return two;
  const n = count.toLocaleString('ar');
  const rest = count % 100;
  if (rest >= 3 && rest <= 10) return `${n} ${few}`;
  return `${n} ${many}`;
}

const wait = (seconds: number) => formatDuration(seconds, 'ar');

/** Arabic (right to left). */
export const ar: AgentChatMessages = {
  cancel: 'إلغاء',
  save: 'حفظ',
  send: 'إرسال',
  retry: 'إعادة المحاولة',
  copy: 'نسخ',
  copied: 'تم النسخ',
  loading: 'جارٍ التحميل',

  composerPlaceholder: 'اكتب رسالة…',
  composerInputLabel: 'الرسالة',
  stop: 'إيقاف',
  attachFiles: 'إرفاق ملفات',
  attachmentsLabel: 'المرفقات',
  dropFilesToAttach: 'أفلت الملفات لإرفاقها',
  processingFile: (name) => `جارٍ معالجة ${name}`,
  removeFile: (name) => `إزالة ${name}`,
  uploadingFile: (name) => `جارٍ رفع ${name}`,
  cancelUpload: (name) => `إلغاء رفع ${name}`,
  uploadFailed: (name, reason) => `تعذّر رفع ${name}. ${reason}`,
  retryUpload: (name) => `إعادة محاولة رفع ${name}`,
  waitForAttachments: 'انتظر حتى تنتهي معالجة المرفقات.',
  removeFailedAttachments: (count) =>
    count === 1
      ? 'أزل المرفق الذي فيه خطأ لتتمكّن من الإرسال.'
      : `أزل المرفقات التي فيها أخطاء (${count.toLocaleString('ar')}) لتتمكّن من الإرسال.`,
  conversationSettings: 'إعدادات المحادثة',
  settingsModel: 'النموذج',
  settingsDefaultModel: 'الافتراضي',
  settingsTools: 'الأدوات',
  settingsTemperature: 'درجة الحرارة',
  settingsInstructions: 'تعليمات إضافية',
  dictate: 'إملاء صوتي',
  stopDictating: 'إيقاف الإملاء',
  dictationListening: 'جارٍ الاستماع…',
  dictationStopped: 'توقّف الإملاء.',
  dictationFailed: 'تعذّر استخدام الميكروفون.',

  tooManyFiles: (name, maxFiles) =>
    `لم تتم إضافة ${name}: يمكنك إرفاق ${plural(maxFiles, 'ملف واحد', 'ملفين', 'ملفات', 'ملفًا')} على الأكثر بالرسالة.`,
  fileTooLarge: (name, size, limit) => `حجم ${name} هو ${size}؛ والحد الأقصى ${limit}.`,
  fileTypeNotAccepted: (name, accepted) =>
    `${name} ليس من أنواع الملفات التي يقبلها هذا الوكيل (${accepted}).`,
  fileEmpty: (name) => `${name} فارغ.`,
  unknownSize: 'حجم غير معروف',

  messageLabel: (role) => (role === 'user' ? 'قلتَ' : `قال ${ROLE[role]}`),
  messagePosition: (position, total) =>
    `الرسالة ${position.toLocaleString('ar')} من ${total.toLocaleString('ar')}`,
  copyMessage: 'نسخ الرسالة',
  readAloud: 'القراءة بصوت عالٍ',
  stopReading: 'إيقاف القراءة',
  editMessage: 'تعديل الرسالة',
  regenerateReply: 'إعادة توليد الرد',
  askAgainAsNewMessage: 'السؤال مجددًا في رسالة جديدة',
  sendAsNewMessage: 'الإرسال كرسالة جديدة',
  versions: 'النسخ',
  previousVersion: 'النسخة السابقة',
  nextVersion: 'النسخة التالية',
  versionOf: (index, count) => `النسخة ${index.toLocaleString('ar')} من ${count.toLocaleString('ar')}`,
  goodReply: 'رد جيد',
  poorReply: 'رد ضعيف',
  feedbackComment: 'أخبرنا بالمزيد (اختياري)',
  skip: 'تخطٍّ',
  download: 'تنزيل',
  fileFallbackName: 'ملف',
  sources: 'المصادر',
  step: (step) => `الخطوة ${step.toLocaleString('ar')}`,
  thinking: 'يفكّر…',
  thoughtForAFewSeconds: 'فكّر لبضع ثوانٍ',
  thoughtForSeconds: (seconds) => `فكّر لمدة ${plural(seconds, 'ثانية واحدة', 'ثانيتين', 'ثوانٍ', 'ثانية')}`,
  replyInterrupted: 'انقطع الرد.',
  resume: 'متابعة',
  retryNow: 'إعادة المحاولة الآن',
  somethingWentWrong: 'حدث خطأ ما.',
  waitingForNetwork: 'بانتظار الشبكة؛ سيُعاد الإرسال عند عودة الاتصال.',
  retryingIn: (seconds) => `إعادة المحاولة بعد ${seconds.toLocaleString('ar')} ث.`,
  errorDetails: 'التفاصيل',
  copyCode: (language) => `نسخ شيفرة ${language}`,
  taskDone: 'منجزة',
  taskNotDone: 'غير منجزة',
  mathError: 'تعذّر عرض هذه الصيغة',
  diagram: 'مخطط',
  diagramTitled: (title) => `مخطط: ${title}`,
  diagramError: 'تعذّر عرض هذا المخطط',

  toolPreparing: 'قيد التحضير',
  toolRunning: 'قيد التشغيل',
  toolAwaitingApproval: 'بانتظار الموافقة',
  toolAnswered: 'تمت الإجابة',
  toolCompleted: 'اكتمل',
  toolError: 'خطأ',
  toolDenied: 'مرفوض',
  toolInput: 'المدخلات',
  toolInputArriving: 'المدخلات (قيد الوصول)',
  toolOutput: 'المخرجات',
  toolOutputPreliminary: 'المخرجات (أولية)',
  toolApprovalQuestion: (tool) => `هل تسمح بتشغيل ${tool} بهذه المدخلات؟`,
  toolReason: 'السبب (اختياري)',
  approve: 'موافقة',
  deny: 'رفض',
  approved: 'تمت الموافقة',
  toolApprovalReadOnly: (tool) => `طلب ${tool} الموافقة، لكن هذه المنصة لا تستطيع تلقي إجابة من هنا.`,

  conversationLabel: 'المحادثة',
  jumpToLatest: 'الانتقال إلى الأحدث',
  newMessages: (count) => `${count.toLocaleString('ar')} جديدة`,
  replyStopped: 'توقف الرد.',
  assistantReplied: (snippet) => (snippet ? `ردّ المساعد: ${snippet}` : 'ردّ المساعد.'),
  replyFailed: (reason) => `خطأ: ${reason || 'فشل الرد.'}`,

  emptyTitle: 'كيف يمكنني المساعدة؟',
  suggestions: 'اقتراحات',
  followUps: 'أسئلة متابعة مقترحة',
  loadingConversation: 'جارٍ تحميل المحادثة…',

  conversations: 'المحادثات',
  newConversation: 'محادثة جديدة',
  searchConversations: 'البحث في المحادثات',
  search: 'بحث',
  loadingConversations: 'جارٍ تحميل المحادثات…',
  loadConversationsFailed: (reason) => `تعذّر تحميل المحادثات: ${reason}`,
  noConversationsMatch: (query) => `لا توجد محادثات تطابق «${query}».`,
  noConversations: 'لا توجد محادثات بعد. ابدأ واحدة عبر «محادثة جديدة».',
  loadMore: 'تحميل المزيد',
  loadingMore: 'جارٍ تحميل المزيد…',
  createConversationFailed: (reason) => `تعذّر إنشاء محادثة: ${reason}`,
  untitledConversation: 'محادثة بلا عنوان',
  conversationName: 'اسم المحادثة',
  rename: 'إعادة تسمية',
  renameConversation: (name) => `إعادة تسمية ${name}`,
  renameFailed: (reason) => `تعذّرت إعادة التسمية: ${reason}`,
  unread: (count) => `${count.toLocaleString('ar')} غير مقروءة`,
  delete: 'حذف',
  deleting: 'جارٍ الحذف…',
  deleteConversation: (name) => `حذف ${name}`,
  deleteConversationTitle: (name) => `حذف «${name}»؟`,
  deleteConversationDescription: 'ستُحذف المحادثة ورسائلها. لا يمكن التراجع عن ذلك.',
  deleteFailed: (reason) => `تعذّر الحذف: ${reason}`,

  chatTitle: 'الدردشة',
  openChat: 'فتح الدردشة',
  openChatUnread: (count) => `فتح الدردشة، ${count.toLocaleString('ar')} غير مقروءة`,
  closeChat: 'إغلاق الدردشة',

  teamChat: 'دردشة الفريق',
  teamReplies: 'ردود الفريق',
  teamMode: 'الوضع',
  teamUnsupported: 'لا تتوفر دردشة الفريق على هذا الخادم.',
  teamIntro: 'اسأل الفريق: يجيب كل وكيل، ثم يتبع ذلك ملخّص.',
  messageTheTeam: 'راسل الفريق',
  messageTheTeamLabel: 'رسالة إلى الفريق',
  sending: 'جارٍ الإرسال…',
  sendFailed: (reason) => `تعذّر الإرسال: ${reason}`,
  teamYouInMode: (mode) => `أنت، في وضع ${mode}: `,
  teamCouldNotAnswer: (reason) => `تعذّر على الفريق الإجابة: ${reason}`,
  tryAgain: 'حاول مجددًا',
  teamReplying: 'الفريق يكتب الرد…',
  teamSummary: 'الملخّص',
  teamModeDescription: (mode) => MODE_DESCRIPTION[mode],

  dataFrames: 'جداول البيانات',
  dataFrame: (name) => `جدول البيانات ${name}`,
  openDataFrame: (name) => `فتح ${name}`,
  sampleOf: (name) => `عيّنة من ${name}`,
  loadingDataFrames: 'جارٍ تحميل جداول البيانات…',
  listDataFramesFailed: (reason) => `تعذّر عرض جداول البيانات: ${reason}`,
  dataFramesUnsupported: 'لا يحتفظ هذا الخادم بجداول البيانات.',
  noDataFrames: 'لا توجد جداول بيانات في هذه المحادثة بعد.',
  loadingDataFrame: 'جارٍ تحميل جدول البيانات…',
  rowCountUnknown: 'عدد الصفوف غير معروف',
  rowCount: (count, rows, atLeast) =>
    `${atLeast ? 'على الأقل ' : ''}${rows === 1 ? 'صف واحد' : rows === 2 ? 'صفّان' : `${count} ${rows % 100 >= 3 && rows % 100 <= 10 ? 'صفوف' : 'صفًّا'}`}`,
  columnCount: (count, columns) =>
    columns === 1
      ? 'عمود واحد'
      : columns === 2
        ? 'عمودان'
        : `${count} ${columns % 100 >= 3 && columns % 100 <= 10 ? 'أعمدة' : 'عمودًا'}`,
  moreColumnsNotShown: (count) => ` (${count.toLocaleString('ar')} أخرى غير معروضة)`,
  columnsMenu: 'الأعمدة',
  columnsToShow: 'الأعمدة المعروضة',
  showAllColumns: 'عرض كل الأعمدة',
  noSampleRows: 'لا توجد صفوف في العيّنة.',
  open: 'فتح',
  exportCsv: 'تصدير CSV',
  rowNumber: 'رقم الصف',
  emptyCell: 'فارغ',
  copyCell: 'نسخ الخلية',
  cellCopied: 'تم نسخ الخلية',
  invalidDate: 'تاريخ غير صالح',
  rowsInView: (first, last) => `المعروض ${first}–${last}`,
  columnsShown: (shown, total, columns) =>
    columns === 1
      ? `${shown} من عمود واحد`
      : columns === 2
        ? `${shown} من عمودين`
        : `${shown} من ${total} ${columns % 100 >= 3 && columns % 100 <= 10 ? 'أعمدة' : 'عمودًا'}`,
  loadDataFrameFailed: (name, reason) => `تعذّر تحميل ${name}: ${reason}`,
  dataFrameNoRows: 'لا توجد صفوف في جدول البيانات هذا.',
  sortColumn: (column, direction) =>
    direction === 'none'
      ? `إلغاء الترتيب حسب ${column}`
      : `ترتيب حسب ${column} ${direction === 'ascending' ? 'تصاعديًا' : 'تنازليًا'}`,

  errors: {
    auth: 'لم تسجّل الدخول، أو أن مفتاح الواجهة البرمجية غير صحيح. تحقّق من المفتاح وحاول مجددًا.',
    forbidden: 'ليست لديك صلاحية الوصول إلى هذا. اطلب من المسؤول منحك إياها.',
    notFound: 'لم يعد هذا موجودًا: ربما حُذف. أعد تحميل القائمة واختر غيره.',
    tooLarge: (limitBytes) =>
      limitBytes === undefined
        ? 'هذا أكبر من أن يُرسل. أرسل ملفات أصغر أو عددًا أقل في كل مرة.'
        : `هذا أكبر من أن يُرسل: الحد الأقصى ${formatBytes(limitBytes, 'ar')}. أرسل ملفات أصغر أو عددًا أقل في كل مرة.`,
    rateLimited: (seconds) =>
      seconds === undefined
        ? 'الخادم مشغول الآن. انتظر قليلًا ثم حاول مجددًا.'
        : `الخادم مشغول الآن. حاول مجددًا بعد ${wait(seconds)}.`,
    server: (seconds) =>
      seconds === undefined
        ? 'واجه الخادم مشكلة. حاول مجددًا؛ وإن تكرّر ذلك فتواصل مع مسؤوله.'
        : `الخادم غير متاح حاليًا. حاول مجددًا بعد ${wait(seconds)}.`,
    offline: 'أنت غير متصل بالإنترنت. تحقّق من اتصالك ثم حاول مجددًا.',
    unreachable: 'تعذّر الوصول إلى الخادم. تحقّق من اتصالك ومن عنوان الخادم، ثم حاول مجددًا.',
    timeout: 'استغرق الخادم وقتًا طويلًا في الرد. حاول مجددًا.',
    interrupted: 'انقطع الاتصال قبل اكتمال الرد. ما وصل محفوظ؛ حاول مجددًا للمتابعة.',
    stopped: 'أُوقف الرد. أرسل مجددًا للحصول على رد جديد.',
    protocol: 'ردّ الخادم بطريقة لا يستطيع هذا التطبيق قراءتها. تحقّق من أنه يشير إلى الخادم الصحيح.',
    rejected: (status) => `رفض الخادم الطلب (${status}). تحقّق مما أُرسل أو حدّث التطبيق، ثم حاول مجددًا.`,
    unsupported: 'لا يوفّر هذا الخادم هذه الميزة.',
    unknown: 'حدث خطأ ما. حاول مجددًا.',
  },
};
