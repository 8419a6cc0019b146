import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build tool, run by the installer scripts after jlink: java installer/SecurityProviders.java RUNTIME_DIR.
 * Removes from the runtime's conf/security/java.security every security provider whose module jlink left out, and
 * numbers the rest again.
 *
 * Why: when a listed provider (SunEC, SunJGSS...) is not in the runtime, the JDK looks for it among the class
 * path's providers, which constructs Bouncy Castle's full JCA provider (bcprov declares one) and verifies
 * bcprov's signature. The cipher warm-up's first Cipher.getInstance did that on every start: about 650 classes
 * and a second of CPU time, for a provider Cairn never uses (it calls Bouncy Castle's classes directly).
 */
public final class SecurityProviders {
    /** The module of each provider the JDK's java.security lists, on any platform. */
    private static final Map<String, String> MODULES = Map.ofEntries(
            Map.entry("SUN", "java.base"), Map.entry("SunRsaSign", "java.base"), Map.entry("SunJSSE", "java.base"),
            Map.entry("SunJCE", "java.base"), Map.entry("Apple", "java.base"), Map.entry("SunEC", "jdk.crypto.ec"),
            Map.entry("SunJGSS", "java.security.jgss"), Map.entry("SunSASL", "java.security.sasl"),
            Map.entry("XMLDSig", "java.xml.crypto"), Map.entry("SunPCSC", "java.smartcardio"),
            Map.entry("JdkLDAP", "java.naming"), Map.entry("JdkSASL", "jdk.security.jgss"),
            Map.entry("SunPKCS11", "jdk.crypto.cryptoki"), Map.entry("SunMSCAPI", "jdk.crypto.mscapi"));
    private static final Pattern PROVIDER = Pattern.compile("^security\\.provider\\.\\d+=(\\S+)(.*)$");

    public static void main(String[] args) throws Exception {
        Path runtime = Path.of(args[0]);
        List<String> modules = modules(runtime);
        Path file = runtime.resolve("conf/security/java.security");
        List<String> out = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            Matcher provider = PROVIDER.matcher(line);
            if (!provider.matches()) {
                out.add(line);
                continue;
            }
            String name = provider.group(1);
            String module = MODULES.get(name);
            if (module == null) {
                throw new IllegalStateException("unknown security provider " + name + ": add its module to "
                        + "installer/SecurityProviders.java");
            }
            if (modules.contains(module)) {
                out.add("security.provider." + (++number) + "=" + name + provider.group(2));
            } else {
                removed.add(name);
            }
        }
        if (number == 0) {
            throw new IllegalStateException("no security provider left in " + file);
        }
        Files.write(file, out, StandardCharsets.ISO_8859_1);
        System.out.println("security providers: kept " + number + ", removed those not in the runtime: " + removed);
    }

    private static List<String> modules(Path runtime) throws IOException, InterruptedException {
        String java = runtime.resolve("bin").resolve(System.getProperty("os.name").startsWith("Windows")
                ? "java.exe" : "java").toString();
        Process process = new ProcessBuilder(java, "--list-modules").redirectErrorStream(true).start();
        List<String> modules = new ArrayList<>();
        for (String line : new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
            if (!line.isBlank()) {
                modules.add(line.strip().split("@")[0]);
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || modules.isEmpty()) {
            throw new IllegalStateException("could not list the runtime's modules: " + modules);
        }
        return modules;
    }
}
