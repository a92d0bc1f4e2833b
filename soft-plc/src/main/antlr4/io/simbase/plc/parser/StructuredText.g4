// The Structured Text subset of SimBase's soft PLC, written for this project from
// IEC 61131-3 (3rd edition), sections 6.2-6.7. See docs/soft-plc.md for the language and
// docs/decisions/0035-soft-plc.md for the design. Keywords and names are case-insensitive.
grammar StructuredText;

options { caseInsensitive = true; }

// ------------------------------------------------------------------ compilation unit

compilationUnit : (typeDeclarations | pou)* EOF ;

typeDeclarations : TYPE typeDeclaration+ END_TYPE ;

typeDeclaration
    : name=ID ':' STRUCT varDeclaration+ END_STRUCT ';'?     # structDeclaration
    | name=ID ':' typeSpec ';'                               # aliasDeclaration
    ;

pou
    : PROGRAM name=ID varBlock* statementList END_PROGRAM                                  # programPou
    | FUNCTION_BLOCK name=ID varBlock* statementList END_FUNCTION_BLOCK                    # functionBlockPou
    | FUNCTION name=ID ':' result=typeSpec varBlock* statementList END_FUNCTION            # functionPou
    ;

varBlock : kind=(VAR | VAR_INPUT | VAR_OUTPUT | VAR_IN_OUT | VAR_TEMP) constant=CONSTANT? varDeclaration* END_VAR ;

varDeclaration : ID (',' ID)* (AT address=DIRECT_ADDRESS)? ':' typeSpec (':=' initializer)? ';' ;

typeSpec
    : ARRAY '[' subrange (',' subrange)* ']' OF typeSpec    # arrayType
    | ID                                                    # namedType
    ;

subrange : lower=expression '..' upper=expression ;

initializer
    : expression                                            # scalarInit
    | '[' expression (',' expression)* ']'                  # arrayInit
    ;

// ------------------------------------------------------------------ statements

statementList : statement* ;

statement
    : variable ':=' expression ';'                                                          # assignment
    | callee=variable '(' (argument (',' argument)*)? ')' ';'                               # callStatement
    | IF expression THEN statementList elsifPart* (ELSE elseList=statementList)? END_IF ';'?  # ifStatement
    | CASE expression OF caseElement+ (ELSE elseList=statementList)? END_CASE ';'?          # caseStatement
    | FOR control=ID ':=' from=expression TO to=expression (BY by=expression)? DO statementList END_FOR ';'?  # forStatement
    | WHILE expression DO statementList END_WHILE ';'?                                      # whileStatement
    | REPEAT statementList UNTIL expression END_REPEAT ';'?                                 # repeatStatement
    | EXIT ';'                                                                              # exitStatement
    | RETURN ';'                                                                            # returnStatement
    | ';'                                                                                   # emptyStatement
    // Not a statement in the standard: parsed so that `x = 1;` gets a clear message.
    | expression ';'                                                                        # expressionStatement
    ;

elsifPart : ELSIF expression THEN statementList ;

caseElement : caseLabel (',' caseLabel)* ':' statementList ;

caseLabel : lower=expression ('..' upper=expression)? ;

argument
    : name=ID ':=' expression                               # inputArgument
    | name=ID '=>' variable                                 # outputArgument
    | expression                                            # positionalArgument
    ;

// ------------------------------------------------------------------ expressions
// Alternatives are listed from the highest precedence to the lowest (IEC 61131-3 table 71).

expression
    : '(' expression ')'                                    # parenExpr
    | name=(ID | MOD) '(' (argument (',' argument)*)? ')'   # callExpr
    | literal                                               # literalExpr
    | variable                                              # variableExpr
    | left=expression op='**' right=expression              # binaryExpr
    | op=('-' | '+' | NOT) operand=expression               # unaryExpr
    | left=expression op=('*' | '/' | MOD) right=expression # binaryExpr
    | left=expression op=('+' | '-') right=expression       # binaryExpr
    | left=expression op=('<' | '>' | '<=' | '>=') right=expression  # binaryExpr
    | left=expression op=('=' | '<>') right=expression      # binaryExpr
    | left=expression op=('&' | AND) right=expression       # binaryExpr
    | left=expression op=XOR right=expression               # binaryExpr
    | left=expression op=OR right=expression                # binaryExpr
    ;

variable : ID selector* ;

selector
    : '[' expression (',' expression)* ']'                  # indexSelector
    | '.' ID                                                # fieldSelector
    ;

literal
    : INTEGER
    | REAL_NUMBER
    | TIME_LITERAL
    | TRUE
    | FALSE
    ;

// ------------------------------------------------------------------ lexer

PROGRAM : 'PROGRAM' ;
END_PROGRAM : 'END_PROGRAM' ;
FUNCTION_BLOCK : 'FUNCTION_BLOCK' ;
END_FUNCTION_BLOCK : 'END_FUNCTION_BLOCK' ;
FUNCTION : 'FUNCTION' ;
END_FUNCTION : 'END_FUNCTION' ;
TYPE : 'TYPE' ;
END_TYPE : 'END_TYPE' ;
STRUCT : 'STRUCT' ;
END_STRUCT : 'END_STRUCT' ;
VAR : 'VAR' ;
VAR_INPUT : 'VAR_INPUT' ;
VAR_OUTPUT : 'VAR_OUTPUT' ;
VAR_IN_OUT : 'VAR_IN_OUT' ;
VAR_TEMP : 'VAR_TEMP' ;
END_VAR : 'END_VAR' ;
CONSTANT : 'CONSTANT' ;
AT : 'AT' ;
ARRAY : 'ARRAY' ;
OF : 'OF' ;
IF : 'IF' ;
THEN : 'THEN' ;
ELSIF : 'ELSIF' ;
ELSE : 'ELSE' ;
END_IF : 'END_IF' ;
CASE : 'CASE' ;
END_CASE : 'END_CASE' ;
FOR : 'FOR' ;
TO : 'TO' ;
BY : 'BY' ;
DO : 'DO' ;
END_FOR : 'END_FOR' ;
WHILE : 'WHILE' ;
END_WHILE : 'END_WHILE' ;
REPEAT : 'REPEAT' ;
UNTIL : 'UNTIL' ;
END_REPEAT : 'END_REPEAT' ;
EXIT : 'EXIT' ;
RETURN : 'RETURN' ;
NOT : 'NOT' ;
MOD : 'MOD' ;
AND : 'AND' ;
OR : 'OR' ;
XOR : 'XOR' ;
TRUE : 'TRUE' ;
FALSE : 'FALSE' ;

// T#1s500ms, TIME#2m, t#-5s; checked and converted by the compiler.
TIME_LITERAL : ('T' | 'TIME') '#' '-'? [0-9_.A-Z]+ ;
// 123, 1_000, 16#FF, 2#1010, 8#17
INTEGER : DIGITS | ('2' | '8' | '16') '#' [0-9A-F_]+ ;
REAL_NUMBER : DIGITS '.' DIGITS ([E] [+-]? DIGITS)? | DIGITS [E] [+-]? DIGITS ;
// %IX0.3, %QX1.0, %IW2, %QW0
DIRECT_ADDRESS : '%' [IQM] [XWBD]? [0-9]+ ('.' [0-9]+)? ;
ID : [A-Z_] [A-Z0-9_]* ;

fragment DIGITS : [0-9] [0-9_]* ;

BLOCK_COMMENT : '(*' .*? '*)' -> skip ;
C_BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
LINE_COMMENT : '//' ~[\r\n]* -> skip ;
WS : [ \t\r\n\f]+ -> skip ;
// Any other character becomes one token, so that the parser reports it at its place.
UNKNOWN_CHAR : . ;
