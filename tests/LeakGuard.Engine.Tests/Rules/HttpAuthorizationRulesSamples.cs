using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class HttpAuthorizationRulesSamples
{
    private static readonly string Token = FakeKey.Random(FakeKey.Base62, 40, 51);

    private static readonly string Password = FakeKey.Random(FakeKey.Base62, 20, 53);

    private static readonly string Basic = FakeKey.Random(FakeKey.Base64, 30, 52) + "==";

    // 14 characters, 'x' three times: less entropy than a token's 3.5 bits a character.
    private static readonly string TypedPassword = FakeKey.Of("Hx", "J8xeZxxj", "76ha");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("http-authorization-credential", "curl header", $"curl -H \"Authorization: Bearer {Token}\" https://api.example.test/v1/items", Token)
        .FindsIn("http-authorization-credential", ".http request file", $"GET https://api.example.test/items\nAuthorization: Token {Token}\n", Token)
        .FindsIn("http-authorization-credential", "basic credentials", $"Authorization: Basic {Basic}", Basic)
        .FindsIn("http-authorization-credential", "nginx passing basic credentials upstream", $"location /metrics {{\n    proxy_pass http://prometheus:9090;\n    proxy_set_header Authorization \"Basic {Basic}\";\n}}", Basic)
        .FindsIn("http-authorization-credential", "a HAR's request header", $"\"headers\": [\n  {{\n    \"name\": \"Authorization\",\n    \"value\": \"Bearer {Token}\"\n  }}\n]", Token)
        .FindsIn("curl-user-password", "curl -u with the password quoted", $"curl -u elastic:'{Password}' https://es.example.test:9200/_cluster/health", Password)
        .FindsIn("http-authorization-credential", "JSON headers", $"{{ \"headers\": {{ \"authorization\": \"Bearer {Token}\" }} }}", Token)
        .FindsIn("http-authorization-credential", "C# AuthenticationHeaderValue", $"client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"{Token}\");", Token)
        .FindsIn("http-authorization-credential", "a JavaScript template literal", $"headers: {{ Authorization: `Bearer {Token}` }}", Token)
        .FindsIn("http-authorization-credential", "a Python f-string", $"headers = {{'Authorization': f'Bearer {Token}'}}", Token)
        .Ignores("http-authorization-credential", "a template literal's variable", "headers: { Authorization: `Bearer ${token}` }")
        .Ignores("http-authorization-credential", "a shell variable", "curl -H \"Authorization: Bearer $TOKEN\" https://api.example.test")
        .Ignores("http-authorization-credential", "a .http variable", "Authorization: Bearer {{token}}")
        .Ignores("http-authorization-credential", "the OAuth 2.0 specification's example client", "Authorization: Basic " + FakeKey.Of("czZCaGRSa3F0M", "zpnWDFmQmF0M2JW"))
        .Ignores("http-authorization-credential", "basic credentials with a demo password", "\"Authorization\": \"Basic " + FakeKey.Base64Of("username:password") + "\"")
        .Ignores("http-authorization-credential", "a placeholder", "Authorization: Bearer YOUR_ACCESS_TOKEN_HERE")
        .Ignores("http-authorization-credential", "a token too short", "Authorization: Bearer abc123")
        .FindsIn("http-api-key-header", "curl header", $"curl -H \"X-API-Key: {Token}\" https://api.example.test/v1/items", Token)
        .FindsIn("http-api-key-header", "C# HttpClient", $"client.DefaultRequestHeaders.Add(\"X-Api-Key\", \"{Token}\");", Token)
        .FindsIn("http-api-key-header", "Python requests", $"headers = {{\"x-auth-token\": \"{Token}\"}}", Token)
        .FindsIn("http-api-key-header", ".http request file", $"GET https://api.example.test/items\nX-Access-Token: {Token}\n", Token)
        .FindsIn("http-api-key-header", "Hasura's admin secret in a GraphQL client", $"const client = new ApolloClient({{ headers: {{ 'x-hasura-admin-secret': '{Token}' }} }});", Token)
        .Ignores("http-api-key-header", "a header's variable", "client.DefaultRequestHeaders.Add(\"X-Api-Key\", apiKey);")
        .Ignores("http-api-key-header", "a .http variable", "X-API-Key: {{apiKey}}")
        .Ignores("http-api-key-header", "a placeholder", "X-API-Key: YOUR_API_KEY_GOES_HERE_PLEASE")
        .Ignores("http-api-key-header", "a word list, not a key", "x-api-key, x-auth-token, x-access-token, x-request-id")
        .FindsIn("curl-user-password", "curl -u", $"curl -u deploy:{Password} https://registry.example.test/v2/", Password)
        .FindsIn("curl-user-password", "curl --user= after other options", $"curl -sSf -X POST --user=\"ci-bot:{Password}\" https://api.example.test/hooks", Password)
        .Ignores("curl-user-password", "a shell variable", "curl -u \"$USER:$PASSWORD\" https://api.example.test")
        .Ignores("curl-user-password", "a documentation default", "curl -u elastic:changeme https://localhost:9200")
        .FindsIn("curl-user-password", "a typed password with a letter three times", $"curl -fsS -u admin:{TypedPassword} -X POST https://jenkins.example.test/job/seed/build", TypedPassword)
        .Ignores("curl-user-password", "a demo word dressed up", "curl -u admin:Admin@123 -X POST https://jenkins.example.test/job/seed/build")
        .Ignores("curl-user-password", "no curl on the line", $"login -u deploy:{Password}")
        .Ignores("http-authorization-credential", "RFC 7617's example as a README writes it", $"'Proxy-Authorization': 'Basic {FakeKey.Base64Of("aladdin:opensesame")}',")
        .Ignores("http-authorization-credential", "a README's counted-out client secret", $"\"authorization\": \"basic {FakeKey.Base64Of("1234567890abcdef1234:1234567890abcdef1234567890abcdef12345678")}\"");
}
