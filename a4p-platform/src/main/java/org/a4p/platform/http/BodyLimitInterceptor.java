package org.a4p.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Counts the bytes of a request body as JAX-RS reads it and stops at {@code quarkus.http.limits.max-body-size}
 * with a 413 problem: the chunked-body half of {@link BodyLimit}.
 */
@Provider
public class BodyLimitInterceptor implements ReaderInterceptor {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> limit;


    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (limit.isPresent()) {
            context.setInputStream(new Counting(context.getInputStream(), limit.get().asLongValue()));
        }
        return context.proceed();
    }

    @ServerExceptionMapper
    public jakarta.ws.rs.core.Response tooLarge(TooLarge e, UriInfo uri) {
        return BodyLimit.response("/" + uri.getPath().replaceFirst("^/", ""), e.max);
    }

    /** The 413 answer if {@code e} was caused by a body above the limit (the JSON reader wraps it in a 400). */
    public static Optional<jakarta.ws.rs.core.Response> tooLarge(Throwable e, String path) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                return Optional.of(BodyLimit.response(path, tooLarge.max));
            }
        }
        return Optional.empty();
    }

    static final class TooLarge extends RuntimeException {
        final long max;

        TooLarge(long max) {
            super("request body above " + max + " bytes", null, false, false);
            this.max = max;
        }
    }

    private static final class Counting extends FilterInputStream {
        private final long max;
        private long count;

        Counting(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > max) {
                throw new TooLarge(max);
            }
        }
    }
}
