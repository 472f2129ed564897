package com.example.citi.au.customers.client.paging;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of every page, fetched lazily: a page is asked for only when the stream needs its first item,
 * and a stream that is short-circuited ({@code limit}, {@code findFirst}) asks for no more pages. Each page is
 * an ordinary call of the client, so it gets the same tokens, retries and typed errors.
 */
public final class PagedStream {

    private PagedStream() {
    }

    /**
     * @param page    fetches the page that starts at the given index ({@code null}: the first page)
     * @param items   the items of a page
     * @param next    the index of the next page, {@code null} on the last page
     */
    public static <P, T> Stream<T> of(Function<String, P> page, Function<P, List<T>> items, Function<P, String> next) {
        Iterator<T> iterator = new Iterator<>() {
            private Iterator<T> current = List.<T>of().iterator();
            private String nextIndex;
            private boolean started;

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (started && nextIndex == null) {
                        return false;
                    }
                    String index = nextIndex;
                    P fetched = page.apply(index);
                    started = true;
                    List<T> pageItems = items.apply(fetched);
                    current = (pageItems == null ? List.<T>of() : pageItems).iterator();
                    String following = next.apply(fetched);
                    // a server that names the page it just gave would otherwise be asked for it forever
                    nextIndex = following == null || following.isBlank() || following.equals(index) ? null : following;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }
}
