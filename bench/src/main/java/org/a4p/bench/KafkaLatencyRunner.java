package org.a4p.bench;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs Kafka's own {@code org.apache.kafka.tools.EndToEndLatency} twice in one JVM: a warm-up run, then the
 * measured run, so that the tool's figures, like the system's, are taken after its JIT warm-up.
 * {@code EndToEndLatency.main} would exit the JVM after one run; {@code mainNoExit} is the same without the exit.
 *
 * <p>Arguments: {@code warmupMessages} followed by EndToEndLatency's own arguments
 * ({@code broker_list topic num_messages producer_acks message_size_bytes}).
 */
public final class KafkaLatencyRunner {

    private KafkaLatencyRunner() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> tool = Class.forName("org.apache.kafka.tools.EndToEndLatency");
        Method run = tool.getDeclaredMethod("mainNoExit", String[].class);
        run.setAccessible(true);
        String[] toolArgs = Arrays.copyOfRange(args, 1, args.length);
        String[] warmup = toolArgs.clone();
        warmup[2] = args[0];
        System.out.println("=== warm-up run (" + args[0] + " messages) ===");
        int rc = (int) run.invoke(null, (Object) warmup);
        System.out.println("=== measured run (" + toolArgs[2] + " messages) ===");
        rc |= (int) run.invoke(null, (Object) toolArgs);
        System.exit(rc);
    }
}
