using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NatsRules
{
    private static readonly Remediation Remediation = new(
        "https://docs.nats.io/using-nats/nats-tools/nsc/revocation",
        "Nats:CredentialsFile",
        "NATS_CREDS")
    {
        Steps = new[]
        {
            "Revoke the key: `nsc revocations add-user` for a user (or remove its public key from the server's authorization block), and re-issue the account or operator if the seed was theirs.",
            "Create a new key pair (`nsc add user`, `nk -gen user`) and keep the seed in a .creds file or a secret store outside the repository; point the client at it with NATS_CREDS.",
        },
    };

    // An nkey seed: the Ed25519 private key of a NATS user, account, operator, server or cluster (or an x25519 curve
    // key), as `nsc` writes it into .creds files and `nk -gen` prints it. 58 characters of base 32: 'S', the type's
    // letter, the 32 bytes of the seed, and a CRC-16 of it all, which is checked. Whoever has it signs in as that
    // identity; an account's or operator's signs new users of their own.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "nats-nkey-seed",
            "NATS",
            "NATS nkey seed (the private key of a user, account or operator; 'SU', 'SA', 'SO', checksummed)",
            Patterns.Token("S[UAONCX][A-Z2-7]{56}"),
            // What lies around a seed: a .creds file's "USER NKEY SEED" block, NATS_NKEY_SEED, nats.Nkey(…), a seed file.
            // Its own first two letters would run the pattern on every "SUM" and "SAVE" of code.
            new[] { "nkey", "seed", "nats", "creds" },
            Remediation)
        {
            MinEntropy = 3.5,
            Validator = HasItsChecksum,
            MadeLocally = true,
        },
    };

    // The last two of the 36 bytes are the CRC-16 of the 34 before them, least significant byte first.
    private static bool HasItsChecksum(string seed)
    {
        var bytes = Base32.Decode(seed);
        return bytes is { Length: 36 } && Crc16.Compute(new System.ReadOnlySpan<byte>(bytes, 0, 34)) == (bytes[34] | (bytes[35] << 8));
    }
}
