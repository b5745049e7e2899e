import { formatBytes, formatDuration } from './format.ts';
import type { AgentChatMessages, MessageRole } from './messages.ts';

const ROLE: Record<MessageRole, string> = { user: 'Você', assistant: 'Assistente', system: 'Sistema' };

const MODE_DESCRIPTION: Record<string, string> = {
  auto: 'A equipa decide como responder.',
  brainstorm: 'Cada agente contribui com ideias.',
  debate: 'Os agentes defendem posições diferentes.',
  'round-robin': 'Os agentes respondem um após o outro.',
};

const wait = (seconds: number) => formatDuration(seconds, 'pt');

/** Portuguese. */
export const pt: AgentChatMessages = {
  cancel: 'Cancelar',
  save: 'Guardar',
  send: 'Enviar',
  retry: 'Tentar novamente',
  copy: 'Copiar',
  copied: 'Copiado',
  loading: 'A carregar',

  composerPlaceholder: 'Escreva uma mensagem…',
  composerInputLabel: 'Mensagem',
  stop: 'Parar',
  attachFiles: 'Anexar ficheiros',
  attachmentsLabel: 'Anexos',
  dropFilesToAttach: 'Largue os ficheiros para anexar',
  processingFile: (name) => `A processar ${name}`,
  removeFile: (name) => `Remover ${name}`,
  waitForAttachments: 'Aguarde até que os anexos terminem de ser processados.',
  removeFailedAttachments: (count) =>
    count === 1 ? 'Remova o anexo com erro para enviar.' : `Remova os ${count} anexos com erros para enviar.`,
  conversationSettings: 'Definições da conversa',
  settingsModel: 'Modelo',
  settingsDefaultModel: 'Predefinido',
  settingsTools: 'Ferramentas',
  settingsTemperature: 'Temperatura',
  settingsInstructions: 'Instruções adicionais',
  dictate: 'Ditar',
  stopDictating: 'Parar o ditado',
  dictationListening: 'A ouvir…',
  dictationStopped: 'Ditado terminado.',
  dictationFailed: 'Não foi possível usar o microfone.',

  tooManyFiles: (name, maxFiles) =>
    `${name} não foi adicionado: pode anexar no máximo ${maxFiles} ficheiro${maxFiles === 1 ? '' : 's'} a uma mensagem.`,
  fileTooLarge: (name, size, limit) => `${name} tem ${size}; o limite é ${limit}.`,
  fileTypeNotAccepted: (name, accepted) =>
    `${name} não é um tipo de ficheiro que este agente aceite (${accepted}).`,
  fileEmpty: (name) => `${name} está vazio.`,
  unknownSize: 'tamanho desconhecido',

  messageLabel: (role) => (role === 'user' ? 'Você disse' : `${ROLE[role]} disse`),
  messagePosition: (position, total) => `Mensagem ${position} de ${total}`,
  copyMessage: 'Copiar mensagem',
  readAloud: 'Ler em voz alta',
  stopReading: 'Parar a leitura',
  editMessage: 'Editar mensagem',
  regenerateReply: 'Gerar resposta novamente',
  askAgainAsNewMessage: 'Perguntar de novo numa nova mensagem',
  sendAsNewMessage: 'Enviar como nova mensagem',
  versions: 'Versões',
  previousVersion: 'Versão anterior',
  nextVersion: 'Versão seguinte',
  versionOf: (index, count) => `Versão ${index} de ${count}`,
  goodReply: 'Boa resposta',
  poorReply: 'Resposta fraca',
  feedbackComment: 'Conte-nos mais (opcional)',
  skip: 'Ignorar',
  download: 'Transferir',
  fileFallbackName: 'ficheiro',
  sources: 'Fontes',
  step: (step) => `Passo ${step}`,
  thinking: 'A pensar…',
  thoughtForAFewSeconds: 'Pensou durante alguns segundos',
  thoughtForSeconds: (seconds) => `Pensou durante ${seconds} segundo${seconds === 1 ? '' : 's'}`,
  replyInterrupted: 'A resposta foi interrompida.',
  resume: 'Continuar',
  retryNow: 'Tentar agora',
  somethingWentWrong: 'Algo correu mal.',
  waitingForNetwork: 'À espera da rede; será enviada de novo quando voltar a estar online.',
  retryingIn: (seconds) => `Nova tentativa em ${seconds} s.`,
  errorDetails: 'Detalhes',
  copyCode: (language) => `Copiar código ${language}`,
  taskDone: 'Concluído',
  taskNotDone: 'Por concluir',
  mathError: 'Não foi possível apresentar esta fórmula',
  diagram: 'Diagrama',
  diagramTitled: (title) => `Diagrama: ${title}`,
  diagramError: 'Não foi possível apresentar este diagrama',

  toolPreparing: 'A preparar',
  toolRunning: 'Em execução',
  toolAwaitingApproval: 'A aguardar aprovação',
  toolAnswered: 'Respondido',
  toolCompleted: 'Concluído',
  toolError: 'Erro',
  toolDenied: 'Recusado',
  toolInput: 'Entrada',
  toolInputArriving: 'Entrada (a chegar)',
  toolOutput: 'Saída',
  toolOutputPreliminary: 'Saída (preliminar)',
  toolApprovalQuestion: (tool) => `Permitir que ${tool} seja executado com esta entrada?`,
  toolReason: 'Motivo (opcional)',
  approve: 'Aprovar',
  deny: 'Recusar',
  approved: 'Aprovado',
  toolApprovalReadOnly: (tool) =>
    `${tool} pediu aprovação, mas esta plataforma não consegue receber uma resposta a partir daqui.`,

  conversationLabel: 'Conversa',
  jumpToLatest: 'Ir para o mais recente',
  newMessages: (count) => `${count} nova${count === 1 ? '' : 's'}`,
  replyStopped: 'Resposta interrompida.',
  assistantReplied: (snippet) => (snippet ? `O assistente respondeu: ${snippet}` : 'O assistente respondeu.'),
  replyFailed: (reason) => `Erro: ${reason || 'a resposta falhou.'}`,

  emptyTitle: 'Como posso ajudar?',
  suggestions: 'Sugestões',
  followUps: 'Perguntas sugeridas',
  loadingConversation: 'A carregar a conversa…',

  conversations: 'Conversas',
  newConversation: 'Nova conversa',
  searchConversations: 'Pesquisar conversas',
  search: 'Pesquisar',
  loadingConversations: 'A carregar conversas…',
  loadConversationsFailed: (reason) => `Não foi possível carregar as conversas: ${reason}`,
  noConversationsMatch: (query) => `Nenhuma conversa corresponde a “${query}”.`,
  noConversations: 'Ainda não há conversas. Comece uma com “Nova conversa”.',
  loadMore: 'Carregar mais',
  loadingMore: 'A carregar mais…',
  createConversationFailed: (reason) => `Não foi possível criar uma conversa: ${reason}`,
  untitledConversation: 'Conversa sem título',
  conversationName: 'Nome da conversa',
  rename: 'Mudar o nome',
  renameConversation: (name) => `Mudar o nome de ${name}`,
  renameFailed: (reason) => `Não foi possível mudar o nome: ${reason}`,
  unread: (count) => `${count} por ler`,
  delete: 'Eliminar',
  deleting: 'A eliminar…',
  deleteConversation: (name) => `Eliminar ${name}`,
  deleteConversationTitle: (name) => `Eliminar “${name}”?`,
  deleteConversationDescription:
    'A conversa e as suas mensagens serão removidas. Esta ação não pode ser anulada.',
  deleteFailed: (reason) => `Não foi possível eliminar: ${reason}`,

  chatTitle: 'Chat',
  openChat: 'Abrir o chat',
  openChatUnread: (count) => `Abrir o chat, ${count} por ler`,
  closeChat: 'Fechar o chat',

  teamChat: 'Chat de equipa',
  teamReplies: 'Respostas da equipa',
  teamMode: 'Modo',
  teamUnsupported: 'Este servidor não tem chat de equipa.',
  teamIntro: 'Pergunte algo à equipa: cada agente responde e segue-se um resumo.',
  messageTheTeam: 'Escreva à equipa',
  messageTheTeamLabel: 'Mensagem para a equipa',
  sending: 'A enviar…',
  sendFailed: (reason) => `Não foi possível enviar: ${reason}`,
  teamYouInMode: (mode) => `Você, no modo ${mode}: `,
  teamCouldNotAnswer: (reason) => `A equipa não conseguiu responder: ${reason}`,
  tryAgain: 'Tentar de novo',
  teamReplying: 'A equipa está a responder…',
  teamSummary: 'Resumo',
  teamModeDescription: (mode) => MODE_DESCRIPTION[mode],

  dataFrames: 'Tabelas de dados',
  dataFrame: (name) => `Tabela de dados ${name}`,
  openDataFrame: (name) => `Abrir ${name}`,
  sampleOf: (name) => `Amostra de ${name}`,
  loadingDataFrames: 'A carregar tabelas de dados…',
  listDataFramesFailed: (reason) => `Não foi possível listar as tabelas de dados: ${reason}`,
  dataFramesUnsupported: 'Este servidor não guarda tabelas de dados.',
  noDataFrames: 'Esta conversa ainda não tem tabelas de dados.',
  loadingDataFrame: 'A carregar a tabela de dados…',
  rowCountUnknown: 'Número de linhas desconhecido',
  rowCount: (count, rows, atLeast) =>
    `${atLeast ? 'Pelo menos ' : ''}${count} ${rows === 1 ? 'linha' : 'linhas'}`,
  columnCount: (count, columns) => `${count} ${columns === 1 ? 'coluna' : 'colunas'}`,
  moreColumnsNotShown: (count) => ` (mais ${count} não mostradas)`,
  columnsMenu: 'Colunas',
  columnsToShow: 'Colunas a mostrar',
  showAllColumns: 'Mostrar todas as colunas',
  noSampleRows: 'Sem linhas de amostra.',
  open: 'Abrir',
  exportCsv: 'Exportar CSV',
  rowNumber: 'Número da linha',
  emptyCell: 'vazio',
  copyCell: 'Copiar célula',
  cellCopied: 'Célula copiada',
  invalidDate: 'Data inválida',
  rowsInView: (first, last) => `a mostrar ${first}–${last}`,
  columnsShown: (shown, total, columns) => `${shown} de ${total} ${columns === 1 ? 'coluna' : 'colunas'}`,
  loadDataFrameFailed: (name, reason) => `Não foi possível carregar ${name}: ${reason}`,
  dataFrameNoRows: 'Esta tabela de dados não tem linhas.',
  sortColumn: (column, direction) =>
    direction === 'none'
      ? `Remover a ordenação por ${column}`
      : `Ordenar por ${column}, ${direction === 'ascending' ? 'ascendente' : 'descendente'}`,

  errors: {
    auth: 'Não tem sessão iniciada ou a chave da API está errada. Verifique a chave e tente novamente.',
    forbidden: 'Não tem acesso a isto. Peça a um administrador que lho conceda.',
    notFound: 'Isto já não existe: pode ter sido eliminado. Recarregue a lista e escolha outro.',
    tooLarge: (limitBytes) =>
      limitBytes === undefined
        ? 'É demasiado grande para enviar. Envie ficheiros mais pequenos ou menos de cada vez.'
        : `É demasiado grande para enviar: o limite é ${formatBytes(limitBytes, 'pt')}. Envie ficheiros mais pequenos ou menos de cada vez.`,
    rateLimited: (seconds) =>
      seconds === undefined
        ? 'O servidor está ocupado neste momento. Aguarde um pouco e tente novamente.'
        : `O servidor está ocupado neste momento. Tente novamente dentro de ${wait(seconds)}.`,
    server: (seconds) =>
      seconds === undefined
        ? 'O servidor encontrou um problema. Tente novamente; se continuar a acontecer, contacte o administrador.'
        : `O servidor está indisponível de momento. Tente novamente dentro de ${wait(seconds)}.`,
    offline: 'Está offline. Verifique a ligação e tente novamente.',
    unreachable:
      'Não foi possível contactar o servidor. Verifique a ligação e o endereço do servidor e tente novamente.',
    timeout: 'O servidor demorou demasiado a responder. Tente novamente.',
    interrupted:
      'A ligação caiu antes de a resposta terminar. O que chegou foi guardado; tente novamente para continuar.',
    stopped: 'A resposta foi interrompida. Envie de novo para obter uma nova.',
    protocol:
      'O servidor respondeu de uma forma que esta aplicação não consegue ler. Verifique se aponta para o servidor certo.',
    rejected: (status) =>
      `O servidor recusou o pedido (${status}). Verifique o que foi enviado ou atualize a aplicação e tente novamente.`,
    unsupported: 'Este servidor não oferece essa funcionalidade.',
    unknown: 'Algo correu mal. Tente novamente.',
  },
};
