using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CommandLinePasswordRulesSamples
{
    private static readonly string Password = FakeKey.Of("Raven", "_", FakeKey.Random(TestKeys.Digits, 2, 3), "Juniper?");

    private static readonly string Generated = FakeKey.Random(FakeKey.Base62, 18, 4) + "2_";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("command-line-password", "wget's --password", $"wget --user=ci --password={Generated} https://files.contoso.internal/build.zip\n", Generated)
        .FindsIn("command-line-password", "PGPASSWORD set for one psql in a shell's history", $"kubectl get pods\nPGPASSWORD={Generated} psql -h db-01.internal -U admin orders\n", Generated)
        .FindsIn("command-line-password", "MYSQL_PWD quoted ahead of mysqldump", $"MYSQL_PWD='{Generated}' mysqldump -uroot shop > shop.sql\n", Generated)
        .Ignores("command-line-password", "PGPASSWORD given a variable, and a demo password", "PGPASSWORD=$DB_PASSWORD psql -h db\nPGPASSWORD=postgres psql -h localhost\n")
        .FindsIn("command-line-password", "a cloud-init script's chpasswd", $"#!/bin/bash\necho 'azureuser:{Generated}' | chpasswd\n", Generated)
        .Ignores("command-line-password", "chpasswd fed a variable", "echo \"azureuser:${ADMIN_PASSWORD}\" | chpasswd")
        .FindsIn("command-line-password", "sshpass in a deploy script", $"npm run build\nsshpass -p '{Password}' ssh -o StrictHostKeyChecking=no \"$TARGET\" \"mkdir -p $DEST\"\n", Password)
        .FindsIn("command-line-password", "mysqldump's attached -p", $"mysqldump -h \"$HOST\" -u backup -p'{Generated}' \\\n  --single-transaction --all-databases | gzip > \"$OUT\"\n", Generated)
        .FindsIn("command-line-password", "mysql's bare attached -p", $"mysql -h db.internal -u app -p{Generated} shop < schema.sql\n", Generated)
        .FindsIn("command-line-password", "docker login -p in CI", $"echo \"logging in\"\ndocker login \"$REGION\" -u \"ns/ci-bot\" -p '{Password}'\n", Password)
        .FindsIn("command-line-password", "sqlcmd -P", $"sqlcmd -S tcp:sql.internal,1433 -U sa -P \"{Password}\" -i migrate.sql\n", Password)
        .FindsIn("command-line-password", "keytool -storepass", $"keytool -importcert -alias ca -file ca.pem -keystore trust.jks -storepass {Generated} -noprompt\n", Generated)
        .FindsIn("command-line-password", "openssl's pass: argument", $"openssl pkcs12 -export -in cert.pem -inkey key.pem -out app.pfx -passout pass:{Generated}\n", Generated)
        .FindsIn("command-line-password", "ldapsearch -w", $"ldapsearch -x -H ldaps://dc.corp -D \"cn=svc,dc=corp\" -w '{Password}' -b dc=corp\n", Password)
        .FindsIn("command-line-password", "lftp -u user,'password'", $"lftp -u deploy,'{Password}' sftp://files.example.org -e \"mirror -R dist /www; bye\"\n", Password)
        .Ignores("command-line-password", "passwords from variables, prompts and stdin", "mysql -u root -p\"$MYSQL_ROOT_PASSWORD\" shop\nmysql -u app -p shop\nsshpass -e ssh host\ndocker login -u ci --password-stdin < token.txt\nsqlcmd -S db -U sa -P $(SA_PASSWORD)\nkeytool -list -keystore app.jks -storepass:env STOREPASS")
        .Ignores("command-line-password", "demo passwords in a README", "docker run -e MYSQL_ROOT_PASSWORD=root mysql\nmysql -uroot -proot\nsshpass -p secret ssh pi@raspberrypi\nredis-cli -a foobared ping")
        .Ignores("command-line-password", "mysql's -P is the port", "mysql -h db -P 3306 -u app --ssl-mode=REQUIRED shop")
        .FindsIn("command-line-password", "docker login in a Jenkinsfile's sh step", $"stage('Push') {{\n    sh 'docker login harbor.internal -u robot$platform+jenkins -p {Generated}'\n}}\n", Generated);
}
