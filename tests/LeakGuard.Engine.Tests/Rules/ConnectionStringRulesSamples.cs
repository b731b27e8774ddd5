using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ConnectionStringRulesSamples
{
    private static readonly string Password = FakeKey.Of("Tq7", "#v2", FakeKey.Random(FakeKey.Base62, 10));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("connection-string-password", "SQL Server", $"Server=tcp:db.contoso.net,1433;Database=app;User Id=app;Password={Password};Encrypt=True;", Password)
        .FindsIn("connection-string-password", "Pwd in appsettings.json", $"\"Default\": \"Host=pg.internal;Username=svc;Pwd={Password}\"", Password)
        .FindsIn("connection-string-password", "last element", $"Data Source=.;Initial Catalog=Shop;User ID=sa;Password={Password}", Password)
        .FindsIn("connection-string-password", "spaces after the separators", $"Server=.; Database=app; User Id=sa; Password={Password}; Encrypt=True", Password)
        .Ignores("connection-string-password", "an ellipsis escaped as JSON writers write it", "\"Db\": \"Server=db;Database=shop;User Id=shop;Password=\\u2026;\"")
        .Ignores("connection-string-password", "an ellipsis in documentation", "Server=db;Database=shop;User Id=shop;Password=" + '\u2026' + ";")
        .Ignores("connection-string-password", "passwords of examples", "Server=localhost,1433;Database=shop;User Id=sa;Password=Password1!;TrustServerCertificate=True")
        .Ignores("connection-string-password", "the same in a SQL container's example", "Server=localhost,1433;Database=shop;User Id=sa;Password=pa55word!;")
        .Ignores("connection-string-password", "a database's default password", "Database=employee.fdb;User=SYSDBA;Password=masterkey")
        .Ignores("connection-string-password", "the eShop samples' SQL Server password", "Server=sqldata;Database=Microsoft.eShopOnContainers.Services.CatalogDb;User Id=sa;Password=Pass@word")
        .Ignores("connection-string-password", "empty", "Server=.;Database=app;User Id=sa;Password=;")
        .Ignores("connection-string-password", "format placeholder", "Server=.;Database=app;User Id=sa;Password={password};")
        .Ignores("connection-string-password", "MSBuild property", "Server=.;Database=app;User Id=sa;Pwd=$(DbPassword)")
        .Ignores("connection-string-password", "environment variable", "Server=.;Database=app;User Id=sa;Password=%DB_PASSWORD%")
        .Ignores("connection-string-password", "angle brackets", "Server=.;Database=app;User Id=sa;Password=<password>;")
        .Ignores("connection-string-password", "placeholder words", "Server=.;Database=app;User Id=sa;Password=your_password;")
        .Ignores("connection-string-password", "the word password", "Server=.;Database=app;User Id=sa;Password=password;")
        .Ignores("connection-string-password", "no connection string around", $"Password={Password}")
        .Ignores("connection-string-password", "code assigning a password", "const host = 'db';\nconst password = await read.password('Password:', creds.password)");
}
