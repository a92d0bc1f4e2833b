// The subset of simbase.v1 (protocol/src/main/proto/simbase/v1/simbase.proto) the dashboard
// reads and writes: field number -> [name, type, repeated, oneof]; and the proto's enums the
// dashboard names. DashboardSchemaTest (server module) checks every entry against the proto,
// so a change to the proto that this file does not follow fails the build. Fault kinds are
// not here: each session's layout carries them (SessionLayout.fault_kinds).
'use strict';

const SCHEMA = {
  ClientMessage: {
    1: ['request_id', 'uint64'],
    10: ['login', 'Login', false, 'kind'], 11: ['join_class', 'JoinClass', false, 'kind'],
    12: ['resume', 'Resume', false, 'kind'], 13: ['open_class', 'OpenClass', false, 'kind'],
    14: ['create_session', 'CreateSession', false, 'kind'], 15: ['list_sessions', 'ListSessions', false, 'kind'],
    16: ['observe', 'Observe', false, 'kind'], 17: ['unobserve', 'Observe', false, 'kind'],
    18: ['set_input', 'SetInput', false, 'kind'], 19: ['force', 'SetInput', false, 'kind'],
    20: ['unforce', 'Unforce', false, 'kind'], 21: ['inject_fault', 'InjectFault', false, 'kind'],
    22: ['clear_fault', 'ClearFault', false, 'kind'], 23: ['control', 'Control', false, 'kind'],
    25: ['get_result', 'Observe', false, 'kind'],
    27: ['bind_rig', 'BindRig', false, 'kind'], 28: ['unbind_rig', 'Observe', false, 'kind'],
    60: ['connect_own_plc', 'Observe', false, 'kind'], 61: ['release_own_plc', 'Observe', false, 'kind'],
    62: ['close_own_plc', 'Observe', false, 'kind'],
    40: ['plc_download', 'PlcDownload', false, 'kind'], 41: ['plc_run', 'Observe', false, 'kind'],
    42: ['plc_stop', 'Observe', false, 'kind'],
    70: ['start_graded_run', 'StartGradedRun', false, 'kind'], 71: ['list_results', 'ListResults', false, 'kind'],
    80: ['import_roster', 'ImportRoster', false, 'kind'], 81: ['student_login', 'StudentLogin', false, 'kind'],
    82: ['student_register', 'StudentRegister', false, 'kind'],
    140: ['list_exercises', 'ListExercises', false, 'kind'],
    120: ['change_password', 'ChangePassword', false, 'kind'], 121: ['get_opcua_access', 'Empty', false, 'kind'],
  },
  ChangePassword: { 1: ['old_password', 'string'], 2: ['new_password', 'string'] },
  OpcUaAccess: { 1: ['enabled', 'bool'], 2: ['endpoint', 'string'], 3: ['user', 'string'], 4: ['token', 'string'],
    5: ['none_allowed', 'bool'] },
  PlcDownload: { 1: ['session_id', 'string'], 2: ['source', 'string'], 3: ['file_name', 'string'] },
  StartGradedRun: { 1: ['session_id', 'string'], 2: ['exercise_id', 'string'] },
  ListResults: { 1: ['class_code', 'string'] },
  ImportRoster: { 1: ['class_code', 'string'], 2: ['csv', 'string'] },
  StudentLogin: { 1: ['class_code', 'string'], 2: ['student_number', 'string'], 3: ['password', 'string'] },
  StudentRegister: {
    1: ['class_code', 'string'], 2: ['student_number', 'string'], 3: ['name', 'string'], 4: ['password', 'string'],
  },
  RosterImported: { 1: ['class_code', 'string'], 2: ['students', 'RosterStudent', true] },
  RosterStudent: { 1: ['student_number', 'string'], 2: ['name', 'string'], 3: ['code', 'string'] },
  BindRig: { 1: ['session_id', 'string'], 2: ['rig', 'string'] },
  Login: { 1: ['username', 'string'], 2: ['password', 'string'] },
  JoinClass: { 1: ['code', 'string'], 2: ['display_name', 'string'] },
  Resume: { 1: ['token', 'string'] },
  OpenClass: { 1: ['name', 'string'] },
  CreateSession: { 1: ['scene', 'string'], 2: ['seed', 'uint64'], 3: ['class_code', 'string'], 4: ['frame_rate_hz', 'uint32'] },
  ListSessions: { 1: ['class_code', 'string'] },
  Observe: { 1: ['session_id', 'string'] },
  SetInput: { 1: ['session_id', 'string'], 2: ['tag', 'string'], 3: ['value', 'double'] },
  Unforce: { 1: ['session_id', 'string'], 2: ['tag', 'string'] },
  InjectFault: { 1: ['session_id', 'string'], 2: ['target', 'string'], 3: ['kind', 'string'], 4: ['param', 'double'],
    5: ['announce', 'bool'] },
  ClearFault: { 1: ['session_id', 'string'], 2: ['target', 'string'], 3: ['kind', 'string'] },
  Control: { 1: ['session_id', 'string'], 2: ['action', 'enum'], 3: ['time_scale', 'double'] },

  ServerMessage: {
    1: ['request_id', 'uint64'],
    10: ['welcome', 'Welcome', false, 'kind'], 11: ['error', 'Error', false, 'kind'],
    12: ['logged_in', 'LoggedIn', false, 'kind'], 13: ['class_opened', 'ClassOpened', false, 'kind'],
    14: ['session_created', 'SessionCreated', false, 'kind'], 15: ['session_list', 'SessionList', false, 'kind'],
    16: ['full_state', 'FullState', false, 'kind'], 17: ['delta', 'StateDelta', false, 'kind'],
    18: ['events', 'EventBatch', false, 'kind'], 19: ['input_ack', 'InputAck', false, 'kind'],
    20: ['ok', 'Empty', false, 'kind'], 21: ['result', 'SessionResult', false, 'kind'],
    23: ['rig_status', 'RigStatus', false, 'kind'],
    60: ['own_plc', 'OwnPlcEndpoint', false, 'kind'],
    40: ['plc_errors', 'PlcCompileErrors', false, 'kind'], 41: ['plc_program', 'PlcProgramInfo', false, 'kind'],
    42: ['plc_status', 'PlcStatus', false, 'kind'],
    70: ['graded_run', 'GradedRun', false, 'kind'], 71: ['results', 'ResultList', false, 'kind'],
    80: ['roster_imported', 'RosterImported', false, 'kind'],
    140: ['exercises', 'ExerciseList', false, 'kind'],
    121: ['opcua_access', 'OpcUaAccess', false, 'kind'],
  },
  PlcCompileError: { 1: ['line', 'uint32'], 2: ['col', 'uint32'], 3: ['message', 'string'] },
  PlcCompileErrors: { 1: ['session_id', 'string'], 2: ['file_name', 'string'], 3: ['errors', 'PlcCompileError', true] },
  PlcProgramInfo: {
    1: ['session_id', 'string'], 2: ['file_name', 'string'], 3: ['source', 'string'], 4: ['program_name', 'string'],
    5: ['watch_names', 'string', true], 6: ['watch_types', 'string', true], 7: ['step', 'uint64'],
  },
  PlcStatus: {
    1: ['session_id', 'string'], 2: ['state', 'enum'], 3: ['fault_line', 'uint32'], 4: ['fault_message', 'string'],
    5: ['scans', 'uint64'], 6: ['scan_operations', 'uint32'], 7: ['scan_micros', 'double'],
    8: ['watch_values', 'double', true], 9: ['watch_index', 'uint32', true], 10: ['watch_delta', 'bool'],
  },
  GradedRun: {
    1: ['session_id', 'string'], 2: ['exercise_id', 'string'], 3: ['scenario_index', 'uint32'],
    4: ['scenario_count', 'uint32'], 5: ['scenario_id', 'string'], 6: ['scenario_seconds', 'double'],
    7: ['scenario_duration', 'double'], 8: ['checks', 'GradedCheck', true], 9: ['finished', 'bool'],
    10: ['score', 'uint32'], 11: ['passed', 'bool'], 12: ['recording', 'string'], 13: ['aborted', 'string'],
  },
  GradedCheck: {
    1: ['id', 'string'], 2: ['points', 'uint32'], 3: ['failed', 'bool'], 4: ['failed_at_seconds', 'double'],
    5: ['failed_scenario', 'string'], 140: ['message_zh', 'string'], 141: ['message_en', 'string'],
  },
  ResultList: { 1: ['rows', 'ResultRow', true] },
  ResultRow: {
    1: ['at_millis', 'uint64'], 2: ['class_code', 'string'], 3: ['student', 'string'], 4: ['exercise_id', 'string'],
    5: ['score', 'uint32'], 6: ['pass_mark', 'uint32'], 7: ['passed', 'bool'], 8: ['capped', 'bool'],
    9: ['recording', 'string'], 10: ['checks', 'ResultCheck', true], 140: ['student_name', 'string'],
  },
  ResultCheck: {
    1: ['id', 'string'], 2: ['kind', 'string'], 3: ['points', 'uint32'], 4: ['awarded', 'uint32'], 5: ['passed', 'bool'],
    6: ['safety', 'bool'], 7: ['failed_scenario', 'string'], 8: ['failed_at_seconds', 'double'],
    140: ['message_zh', 'string'], 141: ['message_en', 'string'],
  },
  ListExercises: { 1: ['scene', 'string'] },
  ExerciseList: { 1: ['exercises', 'ExerciseInfo', true] },
  ExerciseInfo: {
    1: ['id', 'string'], 2: ['scene', 'string'], 3: ['title_zh', 'string'], 4: ['title_en', 'string'],
    5: ['pass_mark', 'uint32'],
  },
  Empty: {},
  Welcome: { 1: ['server_version', 'string'], 2: ['protocol_version', 'uint32'] },
  Error: { 1: ['code', 'enum'], 2: ['text', 'string'], 3: ['closing', 'bool'], 120: ['retry_after_seconds', 'uint32'] },
  LoggedIn: { 1: ['role', 'enum'], 2: ['name', 'string'], 3: ['token', 'string'], 4: ['class_code', 'string'] },
  ClassOpened: { 1: ['code', 'string'], 2: ['name', 'string'] },
  SessionCreated: { 1: ['session_id', 'string'], 2: ['scene', 'string'], 3: ['seed', 'uint64'] },
  SessionSummary: {
    1: ['session_id', 'string'], 2: ['scene', 'string'], 3: ['owner', 'string'], 4: ['paused', 'bool'],
    5: ['step', 'uint64'], 6: ['sim_nanos', 'uint64'], 7: ['time_scale', 'double'], 8: ['inputs', 'uint64'],
    9: ['observers', 'uint32'], 10: ['active_faults', 'string', true], 11: ['active_alarms', 'string', true],
    12: ['parts', 'uint32'], 13: ['rig', 'RigStatus'], 14: ['soft_plc_running', 'bool'],
    15: ['opcua_client', 'string'],
  },
  RigStatus: {
    1: ['name', 'string'], 2: ['state', 'string'], 3: ['requests', 'uint64'], 4: ['errors', 'uint64'],
    5: ['latency_p50_us', 'double'], 6: ['latency_p99_us', 'double'], 7: ['description', 'string'],
    8: ['comm_lost', 'bool'], 9: ['claimed_by', 'string'],
  },
  OwnPlcEndpoint: {
    1: ['session_id', 'string'], 2: ['host', 'string'], 3: ['port', 'uint32'], 4: ['unit_id', 'string'],
    5: ['io_map', 'IoMapRow', true], 6: ['claimed_by', 'string'], 7: ['pairing_ms_left', 'uint64'], 8: ['status', 'RigStatus'],
  },
  IoMapRow: {
    1: ['tag', 'string'], 2: ['type', 'string'], 3: ['direction', 'string'], 4: ['table', 'string'], 5: ['address', 'uint32'],
  },
  SessionList: { 1: ['sessions', 'SessionSummary', true] },
  TagInfo: {
    1: ['name', 'string'], 2: ['type', 'string'], 3: ['direction', 'string'], 4: ['min', 'double'],
    5: ['max', 'double'], 6: ['unit', 'string'], 7: ['writable', 'bool'], 8: ['description', 'string'],
    9: ['description_zh', 'string'],
  },
  ComponentInfo: {
    1: ['id', 'string'], 2: ['type', 'string'], 3: ['x', 'double'], 4: ['y', 'double'], 5: ['z', 'double'],
    6: ['size_x', 'double'], 7: ['size_y', 'double'], 8: ['size_z', 'double'], 9: ['yaw_degrees', 'double'],
    10: ['properties', 'map', true],
  },
  SessionLayout: {
    1: ['scene', 'string'], 2: ['title', 'string'], 3: ['step_nanos', 'uint64'], 4: ['tags', 'TagInfo', true],
    5: ['visual_names', 'string', true], 6: ['components', 'ComponentInfo', true], 7: ['part_types', 'string', true],
    8: ['fault_kinds', 'string', true], 9: ['title_zh', 'string'],
  },
  Parts: { 1: ['ids', 'uint64', true], 2: ['types', 'uint32', true], 3: ['xyz', 'float', true] },
  FullState: {
    1: ['session_id', 'string'], 2: ['frame', 'uint64'], 3: ['step', 'uint64'], 4: ['sim_nanos', 'uint64'],
    5: ['layout', 'SessionLayout'], 6: ['tags', 'double', true], 7: ['visuals', 'float', true], 8: ['parts', 'Parts'],
    9: ['next_event_seq', 'uint64'], 10: ['paused', 'bool'], 11: ['forced_tags', 'uint32', true],
    12: ['active_faults', 'string', true],
  },
  StateDelta: {
    1: ['session_id', 'string'], 2: ['frame', 'uint64'], 3: ['base_frame', 'uint64'], 4: ['step', 'uint64'],
    5: ['sim_nanos', 'uint64'], 6: ['tag_index', 'uint32', true], 7: ['tag_value', 'double', true],
    8: ['visual_index', 'uint32', true], 9: ['visual_value', 'float', true], 10: ['parts', 'Parts'],
  },
  EventBatch: {
    1: ['session_id', 'string'], 2: ['first_seq', 'uint64'], 3: ['step', 'uint64', true], 4: ['kind', 'enum', true],
    5: ['subject', 'int32', true], 6: ['value', 'double', true],
  },
  InputAck: { 1: ['session_id', 'string'], 2: ['step', 'uint64'] },
  SessionResult: {
    1: ['session_id', 'string'], 2: ['step', 'uint64'], 3: ['state_hash', 'string'], 4: ['recording', 'string'],
    5: ['closed', 'bool'],
  },
};

// Enums by number, as the proto declares them (LoggedIn.Role, EventKind, Error.Code, Control.Action).
const ROLES = ['?', 'student', 'instructor', 'technician'];
const EVENT_KINDS = ['?', 'TAG_CHANGED', 'INPUT_APPLIED', 'FORCE_ON', 'FORCE_OFF', 'TAG_FAULT_ON', 'TAG_FAULT_OFF',
  'COMPONENT_FAULT_ON', 'COMPONENT_FAULT_OFF', 'PART_CREATED', 'PART_REMOVED', 'PART_LOST', 'ALARM_ON', 'ALARM_OFF',
  'RIG_COMM_LOST', 'RIG_COMM_RESTORED', 'SESSION_PAUSED', 'SESSION_RESUMED', 'SESSION_RESET'];
const ERROR_CODES = {
  MALFORMED: 1, TOO_LARGE: 2, UNKNOWN_MESSAGE: 3, NOT_AUTHENTICATED: 4, FORBIDDEN: 5, BAD_CREDENTIALS: 6,
  UNKNOWN_CLASS: 7, UNKNOWN_SESSION: 8, UNKNOWN_SCENE: 9, UNKNOWN_TAG: 10, NOT_WRITABLE: 11, OUT_OF_RANGE: 12,
  BAD_REQUEST: 13, RATE_LIMITED: 14, BUSY: 15, TOO_SLOW: 16, UNSUPPORTED: 17, UNKNOWN_RIG: 18, INTERNAL: 19,
};
const CONTROL = { PAUSE: 1, RESUME: 2, RESET: 3, TIME_SCALE: 4 };
const PLC_STATES = ['?', 'STOP', 'RUN', 'FAULT'];
