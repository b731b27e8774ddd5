using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class JwtSigningKeyRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62 + "!_*", 32, 1);

    private static readonly string CountedPassphrase = FakeKey.Of("ShopKart@2026SecretKeyFor", "JWTTokenGenerationAndValidation", "123456789", "UpdatedVersionSecureKey");

    private static readonly string HexKey = FakeKey.Random(FakeKey.Hex, 64, 5);

    private static readonly string Base64Key = FakeKey.Random(FakeKey.Base64, 43, 2) + "=";

    // The shape of the passphrases tutorials sign with: words, an underscore, a few digits.
    private static readonly string Passphrase = FakeKey.Of("mysuper", "secret_", "signingkey!", FakeKey.Random(FakeKey.Hex, 4, 3));

    private static readonly string Base64Passphrase = FakeKey.Base64Of(Passphrase + "-signing");

    private static readonly string ShortWord = FakeKey.Of("very", "secret");

    private static readonly string DigitRun = FakeKey.Of("LeonKey", "key", new string('1', 19));

    private static readonly string PascalWords = FakeKey.Of("Mia", "Chiave", "Segreta");

    private static readonly string Sentence = FakeKey.Of("a long ", "sentence the ", "team signs ", "tokens with ", FakeKey.Random(FakeKey.Hex, 6, 4));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("jwt-signing-key", Key, "JwtKey")
        .Finds("jwt-signing-key", Key, "JWT_SECRET")
        .FindsIn("jwt-signing-key", "a .env line below another provider's empty key", $"SENDGRID_API_KEY=\nJWT_SECRET={Base64Key}\nJWT_EXPIRES_IN=15m\n", Base64Key)
        .FindsIn("jwt-signing-key", "a Spring property under the application's prefix", $"server.port=8080\nacme.security.jwt.secret={Base64Key}\n", Base64Key)
        .Ignores("jwt-signing-key", "an ExternalSecret's path to the key in Vault", "kind: ExternalSecret\nspec:\n  data:\n    - secretKey: JWT_SIGNING_KEY\n      remoteRef:\n        key: kv/data/gateway/prod/jwt\n        property: signing_key\n")
        .Ignores("jwt-signing-key", "an Atlassian Connect app's key in a guide to JWT", "{\n  \"key\": \"my-backend-integration\",\n  \"name\": \"My Backend Integration\",\n  \"authentication\": { \"type\": \"jwt\" }\n}")
        .FindsIn("jwt-signing-key", "words that speak of a secret under a bare key", "\"Jwt\": {\n  \"Key\": \"my-super-secret-signing-phrase\"\n}", "my-super-secret-signing-phrase")
        .Ignores("jwt-signing-key", "a development key that asks to be overridden", "\"Jwt\": { \"Key\": \"dev-only-key-please-override-in-user-secrets\" },")
        .Ignores("jwt-signing-key", "a call's name and a sentence", "samples.Add(\"jwt-signing-key\", \"SymmetricSecurityKey over UTF-8 bytes\");")
        .FindsIn("jwt-signing-key-literal", "SymmetricSecurityKey over UTF-8 bytes", $"IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"{Passphrase}\")),", Passphrase)
        .FindsIn("jwt-signing-key-literal", "a field's target-typed new", $"private static readonly SymmetricSecurityKey SigningKey =\n    new(Encoding.UTF8.GetBytes(\"{Passphrase}\"));", Passphrase)
        .FindsIn("jwt-signing-key-literal", "SymmetricSecurityKey over base 64", $"var key = new SymmetricSecurityKey(\n    Convert.FromBase64String(\"{Base64Key}\"));", Base64Key)
        .FindsIn("jwt-signing-key", "a constant the key is made of below", $"public class AuthOptions\n{{\n    const string KEY = \"{Passphrase}\";\n    public static SymmetricSecurityKey GetSymmetricSecurityKey() =>\n        new SymmetricSecurityKey(Encoding.ASCII.GetBytes(KEY));\n}}", Passphrase)
        .FindsIn("jwt-signing-key", "appsettings.json's Jwt section", $"{{\n  \"Jwt\": {{\n    \"Issuer\": \"https://api.contoso.com\",\n    \"Audience\": \"contoso-clients\",\n    \"Key\": \"{Passphrase}\"\n  }}\n}}", Passphrase)
        .FindsIn("jwt-signing-key", "a sentence for a key", $"\"JwtSettings\": {{ \"SecretKey\": \"{Sentence}\" }}", Sentence)
        .FindsIn("jwt-signing-key", "ASP.NET Core's environment variable", $"Jwt__Key={Key}\n", Key)
        .FindsIn("jwt-signing-key", "YAML under jwt", $"jwt:\n  secret: {Key}\n  expiry: 3600\n", Key)
        .FindsIn("jwt-signing-key", "Auth.js's secret in .env", $"NEXTAUTH_URL=http://localhost:3000\nNEXTAUTH_SECRET={HexKey}\n", HexKey)
        .FindsIn("jwt-signing-key", "Better Auth's secret", $"BETTER_AUTH_SECRET={Key}\n", Key)
        .FindsIn("jwt-signing-key", "a Spring Boot option on the command line", $"java -jar target/app.jar ^\n  --jwt.secret={Passphrase}\n", Passphrase)
        .FindsIn("jwt-signing-key", "a Java system property", $"java -Djwt.secret={Passphrase} -jar app.jar\n", Passphrase)
        .Ignores("jwt-signing-key", "an OAuth client's secret is not a signing key's name", $"OAUTH_SECRET_NAME={Key}\n")
        .FindsIn("jwt-signing-key", "a long passphrase with counted digits inside", $"jwt.secret={CountedPassphrase}\njwt.expiration=86400000\n", CountedPassphrase)
        .Ignores("jwt-signing-key", "base 64 of a key for tests", $"jwt:\n  secret: {FakeKey.Base64Of(FakeKey.Of("test-secret-key-", "must-be-at-least-", "512-bits-long"))}\n")
        .Ignores("jwt-signing-key", "base 64 of a placeholder", $"jwt:\n  secret: {FakeKey.Base64Of(FakeKey.Of("your-256-bit-", "secret-goes-", "right-here"))}\n")
        .FindsIn("jwt-signing-key", "base 64 of a passphrase", $"jwt:\n  secret: {Base64Passphrase}\n", Base64Passphrase)
        .FindsIn("jwt-signing-key", "Flask's setting", $"app.config['JWT_SECRET_KEY'] = '{Passphrase}'", Passphrase)
        .FindsIn("jwt-signing-key", "jsonwebtoken's sign", $"const token = jwt.sign({{ id: user.id, role: user.role }}, '{Key}', {{ expiresIn: '1h' }});", Key)
        .FindsIn("jwt-signing-key", "PyJWT's encode, quotes in the payload", $"token = jwt.encode({{\"user_id\": user.id, \"role\": \"admin\"}}, \"{Passphrase}\", algorithm=\"HS256\")", Passphrase)
        .FindsIn("jwt-signing-key", "Go's []byte key", $"var jwtKey = []byte(\"{Passphrase}\")", Passphrase)
        .FindsIn("jwt-signing-key", "jjwt's signWith", $"return Jwts.builder().setSubject(username).signWith(SignatureAlgorithm.HS512, \"{Passphrase}\").compact();", Passphrase)
        .FindsIn("jwt-signing-key", "jjwt's hmacShaKeyFor", $"Key key = Keys.hmacShaKeyFor(\"{Passphrase}\".getBytes(StandardCharsets.UTF_8)); // jwt", Passphrase)
        .FindsIn("jwt-signing-key", "a random key that starts with %", $"\"Jwt\": {{ \"Key\": \"%{Key}\" }}", "%" + Key)
        .Ignores("jwt-signing-key", "a reference to an environment variable", "\"Jwt\": { \"Key\": \"${JWT_SIGNING_KEY_FROM_VAULT}\" }")
        .Ignores("jwt-signing-key", "a Windows environment variable", "\"Jwt\": { \"Key\": \"%JWT_SIGNING_KEY_FROM_VAULT%\" }")
        .Ignores("jwt-signing-key", "read from configuration", "IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration[\"Jwt:Key\"]!)),")
        .Ignores("jwt-signing-key", "the setting's name", "const string JwtKey = \"JwtSettings:SigningKey\";")
        .Ignores("jwt-signing-key", "the environment variable's name", "const string JwtSecret = \"JWT_SIGNING_SECRET_KEY\";")
        .Ignores("jwt-signing-key", "a C# expression after the name", "var key = Encoding.UTF8.GetBytes(jwtOptions.SigningKeyValue);\nvar signing = new SymmetricSecurityKey(key);")
        .Ignores("jwt-signing-key", "a key for tests", $"var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"{FakeKey.Of("Unit", "Test", Key)}\"));")
        .Ignores("jwt-signing-key", "a placeholder", $"\"Jwt\": {{ \"Key\": \"{FakeKey.Of("your-", "256-bit-", "secret-", Key)}\" }}")
        .Ignores("jwt-signing-key", "an environment variable to expand", "\"Jwt\": { \"Key\": \"%JWT_SIGNING_KEY_VALUE%\" }")
        .Ignores("jwt-signing-key", "a key vault's address", "\"Jwt\": { \"Key\": \"https://contoso.vault.azure.net/secrets/jwt\" }")
        .Ignores("jwt-signing-key", "a path to a key file", "\"Jwt\": { \"Key\": \"keys/jwt-signing-key.pem\" }")
        .Ignores("jwt-signing-key", "15 characters", $"\"Jwt\": {{ \"Key\": \"{Key[..15]}\" }}")
        .Ignores("jwt-signing-key", "one word repeated", $"\"Jwt\": {{ \"Key\": \"{FakeKey.Of("secret", "secret", "secret", "secret")}\" }}")
        .Ignores("jwt-signing-key", "a key of something else", $"{{ \"Cache\": {{ \"Key\": \"{Passphrase}\" }} }}")
        .Ignores("jwt-signing-key", "an API key next to JWT settings", $"\"JwtSettings\": {{ \"Issuer\": \"contoso\" }},\n\"Weather\": {{ \"x-api-key\": \"{Passphrase}\" }}")
        .FindsIn("jwt", "a token under the name is a token", $"JWT_SECRET={TestKeys.Jwt(9)}\n", TestKeys.Jwt(9))
        .Ignores("jwt-signing-key", "a member call in a Go struct literal", "// The jwt's key id\nkid, err := jose.Thumbprint(&jose.JSONWebKey{Key: signer.Public()})\n")
        .Ignores("jwt-signing-key", "a serializer's property path beside JWT settings", "'jwt_audiences': {'key': 'properties.allowedAudiences', 'type': '[str]'},")
        .Ignores("jwt-signing-key", "the algorithm after a short key", "string token = Jose.JWT.Encode(payload, \"top secret\", JweAlgorithm.PBES2_HS256_A128KW, JweEncryption.A256CBC_HS512);\nvar t2 = Jose.JWT.Encode(payload, \"top secret\", \"PBES2-HS256+A128KW\", \"A256CBC-HS512\");")
        .FindsIn("jwt-signing-key-literal", "a phrase of words made a key", $"var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"{FakeKey.Of("SmartFleetSuper", "SecretKeyForJwt", "Authentication2026!")}\"));", FakeKey.Of("SmartFleetSuper", "SecretKeyForJwt", "Authentication2026!"))
        .FindsIn("jwt-signing-key-literal", "a short word", $"IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"{ShortWord}\")),", ShortWord)
        .FindsIn("jwt-signing-key-literal", "a run of one digit to reach the length", $"var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"{DigitRun}\"));", DigitRun)
        .FindsIn("jwt-signing-key-literal", "words in Pascal case", $"var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"{PascalWords}\"));", PascalWords)
        .Ignores("jwt-signing-key-literal", "seven characters", $"var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"{ShortWord[..7]}\"));")
        .Ignores("jwt-signing-key-literal", "a placeholder", $"var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(\"{FakeKey.Of("your-", "secret-", "key-", "here")}\"));")
        .Ignores("jwt-signing-key-literal", "an interpolated string", "var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes($\"{prefix}-signing-{suffix}\"));")
        .Ignores("jwt-signing-key", "a template's hole", "var appsettings = $\"\"\"{{ \"Jwt\": {{ \"Key\": \"{signingKeyFromVault}\" }} }}\"\"\";")
        .FindsIn("jwt-signing-key", "a UTF-8 literal's bytes", $"internal static class JwtKeys\n{{\n    private static ReadOnlySpan<byte> SigningKeyBytes => \"{FakeKey.Random(FakeKey.Base62, 48, 91)}\"u8;\n}}", FakeKey.Random(FakeKey.Base62, 48, 91));
}
