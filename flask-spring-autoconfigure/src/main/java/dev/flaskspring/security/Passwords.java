package dev.flaskspring.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA3Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Password hashes interchangeable with {@code werkzeug.security}: {@code method$salt$hexdigest} with
 * scrypt (the default, {@code scrypt:32768:8:1}) or PBKDF2 ({@code pbkdf2:sha256:1000000}).
 * <p>{@code checkPasswordHash} accepts every format Werkzeug 3.1 accepts and, like Werkzeug, fails with
 * an error (here {@link IllegalArgumentException}, Python's {@code ValueError}) for an unknown method or bad
 * parameters. A stored hash is input: scrypt parameters that Python's {@code hashlib} refuses (a
 * {@code maxmem} of {@code 132*N*r*p} at 2 GiB or more, an {@code N} that is not a power of two ...) are
 * refused the same way before any memory is taken, and scrypt computations running at once share a
 * memory budget ({@link ScryptMemory}): a burst of logins waits instead of exhausting the heap.
 */
public final class Passwords {

    /** Werkzeug 3.1's default PBKDF2 iteration count. */
    public static final int DEFAULT_PBKDF2_ITERATIONS = 1_000_000;
    private static final String SALT_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** A hash of {@code password} with scrypt and a 16-character salt; Werkzeug's {@code generate_password_hash}. */
    public static String generatePasswordHash(String password) {
        return generatePasswordHash(password, "scrypt", 16);
    }

    /**
     * A hash with {@code method} ({@code scrypt[:N:r:p]} or {@code pbkdf2[:hash[:iterations]]}) and a
     * random salt of {@code saltLength} characters.
     */
    public static String generatePasswordHash(String password, String method, int saltLength) {
        String salt = genSalt(saltLength);
        String[] hashed = hashInternal(method, salt, password);
        return hashed[1] + "$" + salt + "$" + hashed[0];
    }

    /**
     * Whether {@code password} matches {@code hash}; Werkzeug's {@code check_password_hash}. A hash without
     * two {@code $} is simply false.
     *
     * @throws IllegalArgumentException for an unknown method or invalid parameters, as Werkzeug raises
     */
    public static boolean checkPasswordHash(String hash, String password) {
        int first = hash.indexOf('$');
        int second = first < 0 ? -1 : hash.indexOf('$', first + 1);
        if (second < 0) {
            return false;
        }
        String stored = hash.substring(second + 1);
        for (int i = 0; i < stored.length(); i++) {
            if (stored.charAt(i) > 0x7f) {
                throw new IllegalArgumentException("comparing strings with non-ASCII characters is not supported");
            }
        }
        String computed = hashInternal(hash.substring(0, first), hash.substring(first + 1, second), password)[0];
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }

    /** A random salt from {@code A-Za-z0-9}; Werkzeug's {@code gen_salt}. */
    static String genSalt(int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("Salt length must be at least 1.");
        }
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(SALT_CHARS.charAt(RANDOM.nextInt(SALT_CHARS.length())));
        }
        return sb.toString();
    }

    /** {@code [hexdigest, method as written]}; Werkzeug's {@code _hash_internal}. */
    private static String[] hashInternal(String method, String salt, String password) {
        String[] parts = method.split(":", -1);
        String name = parts[0];
        byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
        byte[] passwordBytes = password.getBytes(StandardCharsets.UTF_8);
        if (name.equals("scrypt")) {
            BigInteger n = BigInteger.valueOf(1 << 15);
            BigInteger r = BigInteger.valueOf(8);
            BigInteger p = BigInteger.ONE;
            if (parts.length > 1) {
                if (parts.length != 4) {
                    throw new IllegalArgumentException("'scrypt' takes 3 arguments.");
                }
                n = pythonInteger(parts[1], "'scrypt' takes 3 arguments.");
                r = pythonInteger(parts[2], "'scrypt' takes 3 arguments.");
                p = pythonInteger(parts[3], "'scrypt' takes 3 arguments.");
            }
            long memory = checkScrypt(n, r, p);
            int cost = n.intValueExact();
            int blockSize = r.intValueExact();
            int parallelism = p.intValueExact();
            byte[] key = ScryptMemory.HEAP.run(memory,
                    () -> SCrypt.generate(passwordBytes, saltBytes, cost, blockSize, parallelism, 64));
            return new String[] {HexFormat.of().formatHex(key), "scrypt:" + n + ":" + r + ":" + p};
        }
        if (name.equals("pbkdf2")) {
            String hashName = "sha256";
            int iterations = DEFAULT_PBKDF2_ITERATIONS;
            if (parts.length == 2) {
                hashName = parts[1];
            } else if (parts.length == 3) {
                hashName = parts[1];
                iterations = pythonInt(parts[2], "invalid literal for int() with base 10: '" + parts[2] + "'");
            } else if (parts.length > 3) {
                throw new IllegalArgumentException("'pbkdf2' takes 2 arguments.");
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("iteration value must be greater than 0.");
            }
            Supplier<Digest> digest = digest(hashName);
            PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(digest.get());
            generator.init(passwordBytes, saltBytes, iterations);
            int size = digest.get().getDigestSize();
            byte[] key = ((KeyParameter) generator.generateDerivedParameters(size * 8)).getKey();
            return new String[] {HexFormat.of().formatHex(key), "pbkdf2:" + hashName + ":" + iterations};
        }
        throw new IllegalArgumentException("Invalid hash method '" + name + "'.");
    }

    /**
     * Refuses, in the same order and words, what Python's {@code hashlib.scrypt} (and the OpenSSL checks it
     * relies on) refuses with Werkzeug's {@code maxmem} of {@code 132*N*r*p}; returns the bytes the
     * computation takes, {@code 128*r*(N+p+2)}. Whatever passes fits in an {@code int} and under 2 GiB.
     */
    private static long checkScrypt(BigInteger n, BigInteger r, BigInteger p) {
        BigInteger maxmem = BigInteger.valueOf(132).multiply(n).multiply(r).multiply(p);
        if (maxmem.bitLength() > 63) {
            throw new IllegalArgumentException("Python int too large to convert to C long");
        }
        requireUnsigned(n, "n");
        if (n.compareTo(BigInteger.TWO) < 0 || n.bitCount() != 1) {
            throw new IllegalArgumentException("n must be a power of 2.");
        }
        requireUnsigned(r, "r");
        requireUnsigned(p, "p");
        if (maxmem.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException("maxmem must be positive and smaller than " + Integer.MAX_VALUE);
        }
        if (r.signum() == 0 || p.signum() == 0) {
            throw new IllegalArgumentException("Invalid parameter combination for n, r, p, maxmem.");
        }
        // maxmem < 2^31 bounds n, r and p: what follows cannot overflow.
        long cost = n.longValueExact();
        long blockSize = r.longValueExact();
        long parallelism = p.longValueExact();
        long memory = 128 * blockSize * (cost + parallelism + 2);
        boolean costFitsBlockSize = 16 * blockSize > 63 || cost < 1L << (16 * blockSize);
        if (!costFitsBlockSize || memory > maxmem.longValueExact()) {
            throw new IllegalArgumentException("[digital envelope routines] memory limit exceeded");
        }
        return memory;
    }

    private static void requireUnsigned(BigInteger value, String name) {
        if (value.signum() < 0 || value.bitLength() > 64) {
            throw new IllegalArgumentException(name + " is required and must be an unsigned int");
        }
    }

    /** Python's {@code int()} on text: surrounding spaces, a sign and {@code _} between digits allowed. */
    private static BigInteger pythonInteger(String s, String message) {
        String t = s.strip();
        if (!t.matches("[+-]?\\d+(_\\d+)*")) {
            throw new IllegalArgumentException(message);
        }
        return new BigInteger(t.replace("_", ""));
    }

    /** {@link #pythonInteger} within Java's {@code int}. */
    private static int pythonInt(String s, String message) {
        try {
            return pythonInteger(s, message).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(message);
        }
    }

    private static Supplier<Digest> digest(String hashName) {
        String normalized = hashName.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (normalized) {
            case "sha1" -> SHA1Digest::new;
            case "sha224" -> SHA224Digest::new;
            case "sha256" -> SHA256Digest::new;
            case "sha384" -> SHA384Digest::new;
            case "sha512" -> SHA512Digest::new;
            case "sha3_224" -> () -> new SHA3Digest(224);
            case "sha3_256" -> () -> new SHA3Digest(256);
            case "sha3_384" -> () -> new SHA3Digest(384);
            case "sha3_512" -> () -> new SHA3Digest(512);
            case "md5" -> MD5Digest::new;
            default -> throw new IllegalArgumentException("unsupported hash type " + hashName);
        };
    }
}
