package org.hugmenow.console.shared;

/**
 * A request-scoped page that shows one page of a longer list: the page number comes with the
 * request, the page is read at most once per request, and next/previous move through it.
 *
 * @param <P> what one read returns
 */
public abstract class PagedView<P> {

    private int page;
    private P result;

    /** Reads page {@code page} (zero-based); called at most once per request and page. */
    protected abstract P read(int page);

    /** How many entries the whole list holds. */
    protected abstract long total(P result);

    protected abstract int pageSize();

    public P getResult() {
        if (result == null) {
            result = read(page);
        }
        return result;
    }

    public long getPages() {
        return Math.max(1, (total(getResult()) + pageSize() - 1) / pageSize());
    }

    public boolean isHasNext() {
        return page + 1 < getPages();
    }

    public void next() {
        page++;
        result = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        result = null;
    }

    /** Back to the first page, e.g. after a new search. */
    protected void firstPage() {
        page = 0;
        result = null;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
