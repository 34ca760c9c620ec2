#include "outputs.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "afile.h"
#include "err.h"
#include "report.h"
#include "sbuf.h"

int outputs_make_dir(const char *dir, struct err *e)
{
	struct stat st;

	if (stat(dir, &st) == 0) {
		if (!S_ISDIR(st.st_mode))
			return err_at(e, dir, 0, "exists and is not a directory");
		return 0;
	}
	if (mkdir(dir, 0777) != 0)
		return err_at(e, dir, 0, "cannot create directory: %s",
			      strerror(errno));
	return 0;
}

static int write_one(const struct report *rep, const char *dir,
		     const char *name, const char *title, struct err *e)
{
	struct sbuf path = SBUF_INIT;
	struct afile af;
	FILE *fp;

	sbuf_addf(&path, "%s/%s", dir, name);
	fp = afile_open(&af, path.buf, e);
	sbuf_release(&path);
	if (!fp)
		return -1;
	if (title)
		report_write_svg(rep, fp, title);
	else
		report_write_csv(rep, fp);
	return afile_commit(&af, e);
}

int outputs_write_report(const struct report *rep, const char *dir,
			 const char *title, struct err *e)
{
	if (outputs_make_dir(dir, e) < 0 ||
	    write_one(rep, dir, "speakers.csv", NULL, e) < 0 ||
	    write_one(rep, dir, "speakers.svg", title, e) < 0)
		return -1;
	return 0;
}
