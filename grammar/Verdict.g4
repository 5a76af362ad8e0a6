// The verdict rule language. Only this file is hand-written here: CMake runs the ANTLR tool at
// build time and the generated parser is touched by one file, compiler/parse/ast_builder.cc.
grammar Verdict;

file        : header? item* EOF ;

header      : 'ruleset' IDENT STRING headerField* ;
headerField : 'version' STRING              # versionField
            | 'basis' STRING                # basisField
            ;

item        : importDecl | patternDecl | letDecl | factDecl | ruleDecl ;

importDecl  : 'import' STRING ;
patternDecl : 'pattern' IDENT '=' patternExpr ;
letDecl     : 'let' IDENT '=' expr ;
factDecl    : 'fact' IDENT '=' expr ;

ruleDecl    : 'rule' IDENT STRING ruleField* '{' statement* '}' ;
ruleField   : 'severity' IDENT             # severityField
            | 'basis' STRING               # ruleBasisField
            ;

statement   : 'let' IDENT '=' expr                       # letStmt
            | 'skip' 'unless' expr STRING?               # skipUnlessStmt
            | 'skip' 'if' expr STRING?                   # skipIfStmt
            | OUTCOME 'if' expr STRING?                  # guardedStmt
            | OUTCOME STRING?                            # defaultStmt
            ;

// Patterns: literals are matched after normalization, regexes are linear-time (Hyperscan syntax).
patternExpr : patternTerm ('|' patternTerm)* ;
patternTerm : STRING                                    # literalPattern
            | REGEX                                     # regexPattern
            | IDENT                                     # namedPattern
            | '(' patternExpr ')'                       # groupPattern
            ;

// Earlier alternatives bind tighter: ~ then + - then comparisons, then not, and, or.
expr        : expr '~' matchRhs                         # matchExpr
            | expr op=('+' | '-') expr                  # addExpr
            | expr CMP expr                             # compareExpr
            | 'not' expr                                # notExpr
            | expr 'and' expr                           # andExpr
            | expr 'or' expr                            # orExpr
            | primary                                   # primaryExpr
            ;

matchRhs    : 'near' '(' patternExpr ',' patternExpr ',' INT ')'   # nearRhs
            | patternTerm                                          # patternRhs
            ;

primary     : INT                                                   # intLit
            | STRING                                                # stringLit
            | 'true'                                                # trueLit
            | 'false'                                               # falseLit
            | IDENT '(' args? ')'                                   # call
            | 'count' '(' patternExpr 'in' expr ')'                 # countCall
            | 'text' '(' patternExpr 'in' expr ')'                  # textCall
            | 'section' '(' expr ')'                                # sectionCall
            | IDENT                                                 # name
            | '(' expr ')'                                          # parens
            ;
args        : expr (',' expr)* ;

OUTCOME     : 'pass' | 'warn' | 'fail' ;
CMP         : '==' | '!=' | '<=' | '>=' | '<' | '>' ;
INT         : [0-9]+ ;
IDENT       : [A-Za-z_] [A-Za-z_0-9]* ;
STRING      : '"' (~["\\\r\n] | '\\' .)* '"' ;
REGEX       : '/' (~[/\\\r\n] | '\\' .)+ '/' ;
COMMENT     : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS          : [ \t\r\n\u3000]+ -> channel(HIDDEN) ;
ERRCHAR     : . ;
