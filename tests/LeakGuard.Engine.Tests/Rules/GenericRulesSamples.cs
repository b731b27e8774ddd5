using System;
using System.Linq;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class GenericRulesSamples
{
    private static readonly string Value = FakeKey.Of("q7", FakeKey.Random(FakeKey.Base62, 28, 11), "4x");

    // Random bytes, one of them a space: their base 64 is no encoded text, however a decoder that maps the other bytes
    // to '?' reads it.
    private static readonly string RandomBytesWithASpace = Convert.ToBase64String(Enumerable.Range(0, 30).Select(i => (byte)(i == 7 ? 0x20 : 0x80 + (i * 37 % 120))).ToArray());

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("generic-secret", "C# field", $"private const string apiKey = \"{Value}\";", Value)
        .FindsIn("generic-secret", "JSON property", $"{{ \"token\": \"{Value}\" }}", Value)
        .FindsIn("generic-secret", ".env line", $"INTEGRATION_SECRET={Value}", Value)
        .FindsIn("generic-secret", "YAML property", $"oauth:\n  api_secret: {Value}\n", Value)
        .FindsIn("generic-secret", "camel-case name", $"apiSecret: '{Value}',", Value)
        .FindsIn("generic-secret", "Go short assignment", $"accessKey := \"{Value}\"", Value)
        .FindsIn("generic-secret", "name passed as context", Value, Value, "ApiKey")
        .Ignores("generic-secret", "no secret-sounding name", $"var checksum = \"{Value}\";")
        .Ignores("generic-secret", "value alone without a name", Value)
        .Ignores("generic-secret", "a pagination token an API handed back", $"\"NextToken\": \"{Value}\",")
        .Ignores("generic-secret", "the name of the variable that holds the secret", "CLIENT_SECRET = \"PAYMENTS_CLIENT_SECRET_FROM_VAULT_2024\"")
        .Ignores("generic-secret", "an assembly's public key token", $"<add assembly=\"System.Core, Version=3.5.0.0, Culture=neutral, PublicKeyToken=B77A5C561934E089\" />")
        .Ignores("generic-secret", "a continuation token", $"continuation_token = \"{Value}\"")
        .Ignores("generic-secret", "a segment of an ARN", "\"ARN\": \"arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret7-a1b2c3\",")
        .Ignores("generic-secret", "a snake_case name as the value", "# hashedPassword = base64_encoded_64_byte_salt W base64_encoded_hash")
        .Ignores("generic-secret", "a hash file whose base 64 spells 'pwd' by chance", FakeKey.Of(FakeKey.Random(FakeKey.Base64, 40, 3), "WPWd", FakeKey.Random(FakeKey.Base64, 40, 4), "=="))
        .Ignores("generic-secret", "GUID", "\"token\": \"" + "3f2504e0-4f89-41d3-9a0c-0305e82c3301" + "\"")
        .Ignores("generic-secret", "integrity hash", "token: sha512-" + FakeKey.Random(FakeKey.Base64, 86) + "==")
        .Ignores("generic-secret", "file path", "secret_file=/etc/app/secrets/db2.key4")
        .Ignores("generic-secret", "relative path", "token_path: config/prod2/tokens3/current")
        .Ignores("generic-secret", "URL without credentials", "token_url: https://login.contoso.com/oauth2/v2.0/token")
        .Ignores("generic-secret", "base 64 of plain text", "secret: " + FakeKey.Base64Of("not a secret 42, only words 17"))
        .Ignores("generic-secret", "method call", "token = GetAccessToken2ForUser3(user);")
        .Ignores("generic-secret", "member access", "apiKey = settings.Provider2.ApiKey3Value;")
        .Ignores("generic-secret", "identifier without digits", "password: PasswordFromKeyVaultSecretName")
        .Ignores("generic-secret", "low entropy", "token = \"aaaa1111bbbb2222cccc\"")
        .Ignores("generic-secret", "too short", "token = \"a1b2c3d4e5\"")
        .Ignores("generic-secret", "variable reference", "PASSWORD=${DB_PASSWORD}")
        .Ignores("generic-secret", "placeholder", "api_key: your-api-key-goes-here-123")
        .Ignores("generic-secret", "a key's public id", $"\"api_key_id\": \"{FakeKey.Random(FakeKey.Base62, 24, 61)}\"")
        .Ignores("generic-secret", "a JOSE header ahead of its token's other parts", "token := \"eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0..3lClLoerWhxIc811QXDLbg.\"")
        .Ignores("generic-secret", "base 64 of a URL", "api_key_url: " + FakeKey.Base64Of("https://gw.contoso.test/app/api/v2/management"))
        .Ignores("generic-secret", "OpenSSL's salted ciphertext", $"password: U2FsdGVkX1{FakeKey.Random(FakeKey.Base62, 30, 62)}")
        .Ignores("generic-secret", "PostgreSQL's stored md5 hash", $"password: md5{FakeKey.Random(FakeKey.Hex, 32, 63)}")
        .Ignores("generic-secret", "a secret obscured for an installed app, named so", $"const rcloneEncryptedClientSecret = \"{Value}\"")
        .Ignores("generic-secret", "an OAuth 1.0 signature, URL-encoded beside the request's token", $"header: `OAuth oauth_consumer_key=\"apiKey001\", oauth_signature=\"{FakeKey.Random(FakeKey.Base62, 12, 65)}%2B{FakeKey.Random(FakeKey.Base62, 14, 66)}%3D\", oauth_token=\"accessToken003\"`")
        .Ignores("generic-secret", "a token contract's address", $"var tokenAddress = \"0x{FakeKey.Random(FakeKey.Hex, 40, 67)}\"; // DAI")
        .Ignores("generic-secret", "a token's digest", $"accessTokenHash = \"{Value}\"")
        .FindsIn("generic-secret", "a hashing secret is still a secret", $"HASH_SECRET={Value}", Value)
        .FindsIn("generic-secret", "a secret's plain value beside its ciphertext", $"secret_encrypted: \"{FakeKey.Random(FakeKey.Base62, 40, 64)}\"\nsecret: \"{Value}\"", Value)
        .FindsIn("generic-secret", "a name with auth_key", $"zabbix_auth_key: {Value}", Value)
        .FindsIn("generic-secret", "base 64 of random bytes, one of them a space", $"auth_key: {RandomBytesWithASpace}", RandomBytesWithASpace)
        .FindsIn("generic-secret", "Vault's secret_id is the credential", $"VAULT_SECRET_ID={Value}", Value);
}
