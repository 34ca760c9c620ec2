#include "afile.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "err.h"
#include "sbuf.h"
#include "xalloc.h"

static mode_t file_mode(void)
{
	/* mkstemp makes 0600; outputs are ordinary files, so honour umask */
	mode_t m = umask(0);

	umask(m);
	return 0666 & ~m;
}

FILE *afile_open(struct afile *af, const char *path, struct err *e)
{
	struct sbuf sb = SBUF_INIT;
	struct stat st;
	int fd;

	memset(af, 0, sizeof(*af));
	if (!strcmp(path, "-")) {
		af->fp = stdout;
		af->is_stdout = 1;
		af->path = xstrdup("<stdout>");
		return af->fp;
	}
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode)) {
			err_at(e, path, 0, "is a directory");
			return NULL;
		}
		af->fp = fopen(path, "w");
		if (!af->fp) {
			err_at(e, path, 0, "cannot open for writing: %s",
			       strerror(errno));
			return NULL;
		}
		af->path = xstrdup(path);
		return af->fp;
	}
	sbuf_addf(&sb, "%s.tmp.XXXXXX", path);
	fd = mkstemp(sb.buf);
	if (fd < 0) {
		err_at(e, path, 0, "cannot create output file: %s",
		       strerror(errno));
		sbuf_release(&sb);
		return NULL;
	}
	fchmod(fd, file_mode());
	af->fp = fdopen(fd, "w");
	if (!af->fp) {
		err_at(e, path, 0, "cannot open for writing: %s",
		       strerror(errno));
		close(fd);
		unlink(sb.buf);
		sbuf_release(&sb);
		return NULL;
	}
	af->path = xstrdup(path);
	af->tmp = sbuf_detach(&sb);
	return af->fp;
}

static void afile_release(struct afile *af)
{
	free(af->path);
	free(af->tmp);
	memset(af, 0, sizeof(*af));
}

int afile_commit(struct afile *af, struct err *e)
{
	int bad = fflush(af->fp) != 0 || ferror(af->fp);
	int saved = errno;

	if (af->is_stdout) {
		if (bad)
			err_at(e, af->path, 0, "write error: %s", strerror(saved));
		afile_release(af);
		return bad ? -1 : 0;
	}
	if (!bad && af->tmp && fsync(fileno(af->fp)) != 0) {
		bad = 1;
		saved = errno;
	}
	if (fclose(af->fp) != 0 && !bad) {
		bad = 1;
		saved = errno;
	}
	af->fp = NULL;
	if (!bad && af->tmp && rename(af->tmp, af->path) != 0) {
		bad = 1;
		saved = errno;
	}
	if (bad) {
		err_at(e, af->path, 0, "write error: %s", strerror(saved));
		if (af->tmp)
			unlink(af->tmp);
	}
	afile_release(af);
	return bad ? -1 : 0;
}

void afile_abort(struct afile *af)
{
	if (af->fp && !af->is_stdout)
		fclose(af->fp);
	if (af->tmp)
		unlink(af->tmp);
	afile_release(af);
}

int afile_dir_open(const char *path, char **tmpdir, struct err *e)
{
	struct sbuf sb = SBUF_INIT;
	size_t len = strlen(path);

	while (len > 1 && path[len - 1] == '/')
		len--;
	sbuf_add(&sb, path, len);
	sbuf_adds(&sb, ".tmp.XXXXXX");
	if (!mkdtemp(sb.buf)) {
		err_at(e, path, 0, "cannot create directory beside it: %s",
		       strerror(errno));
		sbuf_release(&sb);
		return -1;
	}
	chmod(sb.buf, file_mode() | ((file_mode() & 0444) >> 2));
	*tmpdir = sbuf_detach(&sb);
	return 0;
}

void afile_dir_abort(const char *tmpdir)
{
	DIR *d = opendir(tmpdir);
	struct dirent *de;
	struct sbuf sb = SBUF_INIT;

	if (d) {
		while ((de = readdir(d))) {
			if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
				continue;
			sbuf_reset(&sb);
			sbuf_addf(&sb, "%s/%s", tmpdir, de->d_name);
			unlink(sb.buf);
		}
		closedir(d);
	}
	rmdir(tmpdir);
	sbuf_release(&sb);
}

/* Put tmpdir in place of path (no trailing slash); old is scratch. */
static int dir_commit(const char *tmpdir, const char *path,
		      struct sbuf *old, struct err *e)
{
	struct stat st;
	int had_old = 0;

	if (stat(path, &st) == 0) {
		if (!S_ISDIR(st.st_mode)) {
			afile_dir_abort(tmpdir);
			return err_at(e, path, 0, "exists and is not a directory");
		}
		sbuf_addf(old, "%s.old.XXXXXX", path);
		if (!mkdtemp(old->buf) || rmdir(old->buf) != 0 ||
		    rename(path, old->buf) != 0) {
			err_at(e, path, 0, "cannot move the old directory aside: %s",
			       strerror(errno));
			afile_dir_abort(tmpdir);
			return -1;
		}
		had_old = 1;
	}
	if (rename(tmpdir, path) != 0) {
		int saved = errno;

		if (had_old)
			rename(old->buf, path);
		afile_dir_abort(tmpdir);
		return err_at(e, path, 0, "cannot rename into place: %s",
			      strerror(saved));
	}
	if (had_old)
		afile_dir_abort(old->buf);
	return 0;
}

int afile_dir_commit(const char *tmpdir, const char *dir, struct err *e)
{
	struct sbuf old = SBUF_INIT, path = SBUF_INIT;
	size_t len = strlen(dir);
	int ret;

	/* "models/nato/" names models/nato: the aside copy goes beside it */
	while (len > 1 && dir[len - 1] == '/')
		len--;
	sbuf_add(&path, dir, len);
	ret = dir_commit(tmpdir, path.buf, &old, e);
	sbuf_release(&path);
	sbuf_release(&old);
	return ret;
}
