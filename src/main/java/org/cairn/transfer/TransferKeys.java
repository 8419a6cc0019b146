package org.cairn.transfer;

import java.security.SecureRandom;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * A casebook's own transfer keys: an X25519 pair that transfer files are encrypted to, and an Ed25519 pair that
 * signs the files it sends. The private halves are kept only inside the encrypted casebook.
 */
record TransferKeys(byte[] receivingPrivate, byte[] receivingPublic, byte[] signingPrivate, byte[] signingPublic) {
    static final int KEY_BYTES = 32;

    static TransferKeys generate(SecureRandom random) {
        X25519PrivateKeyParameters receiving = new X25519PrivateKeyParameters(random);
        Ed25519PrivateKeyParameters signing = new Ed25519PrivateKeyParameters(random);
        return new TransferKeys(receiving.getEncoded(), receiving.generatePublicKey().getEncoded(),
                signing.getEncoded(), signing.generatePublicKey().getEncoded());
    }
}
