using CaseConference.Contracts;
using CaseConference.Contracts.Accounts;
using CaseConference.Contracts.Panti;
using CaseConference.Domain.Accounts;
using CaseConference.Domain.Panti;
using CaseConference.Domain.Staff;

namespace CaseConference.Gateway.Commands;

/// <summary>Founds a real panti, with its sign-in code, its first pimpinan and their sign-in account.</summary>
public static class CreateAdmin
{
    public static async Task<int> RunAsync(IClusterClient cluster,
        IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        if (!options.TryGetValue("--panti-name", out var pantiName)
            || !options.TryGetValue("--panti-code", out var code)
            || !options.TryGetValue("--user", out var user) || !options.TryGetValue("--password", out var password))
        {
            await output.WriteLineAsync(
                "usage: create-admin --panti-name NAME --panti-code CODE --user USER --password PASSWORD [--name 'FULL NAME']");
            return 2;
        }

        var pantiCode = PantiCodes.Normalize(code);
        if (!PantiCodes.IsValid(pantiCode) || await cluster.GetGrain<IPantiCodeGrain>(pantiCode).Panti() is not null)
        {
            await output.WriteLineAsync($"The panti code must be {PantiCodes.Rule} and not used by another panti.");
            return 1;
        }

        var userName = AccountNames.Normalize(user);
        if (!AccountNames.IsValid(userName))
        {
            await output.WriteLineAsync("The user name must be 3-40 of a-z 0-9 _ -.");
            return 1;
        }

        if (PasswordPolicy.Check(userName, password) is { } refusal)
        {
            await output.WriteLineAsync($"The password {refusal.Message} ({refusal.Code})");
            return 1;
        }

        var pantiId = Guid.NewGuid();
        var pimpinan = new StaffMember(Guid.NewGuid(),
            options.GetValueOrDefault("--name") ?? user, [StaffRole.Pimpinan]);
        await cluster.GetGrain<IPantiGrain>(pantiId).Found(pantiName, pantiCode, pimpinan);
        await cluster.Account(new AccountKey(pantiCode, userName)).Create(pantiId, pimpinan.Id, password);
        await output.WriteLineAsync(
            $"Founded panti '{pantiName}' ({pantiId}) with sign-in code '{pantiCode}'; pimpinan '{userName}' can sign in.");
        return 0;
    }
}
