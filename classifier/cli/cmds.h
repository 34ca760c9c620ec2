#ifndef STANCE_CLI_CMDS_H
#define STANCE_CLI_CMDS_H

/*
 * One entry point per subcommand, each in cmd_<name>.c. argv[0] is the
 * subcommand's name; the return value is the exit status (0 ok, 1 failure,
 * 2 usage).
 */
int cmd_train(int argc, char **argv);
int cmd_classify(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_analyze(int argc, char **argv);
int cmd_summarize(int argc, char **argv);
int cmd_vectorize(int argc, char **argv);
int cmd_score_extract(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_cv(int argc, char **argv);
int cmd_tsv2csv(int argc, char **argv);
int cmd_combine(int argc, char **argv);

#endif
