using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Trustdesk.Domain.Access;
using Trustdesk.Domain.Accounts;
using Trustdesk.Domain.People;

namespace Trustdesk.Data.Configurations;

internal sealed class PermissionConfiguration : IEntityTypeConfiguration<Permission>
{
    public void Configure(EntityTypeBuilder<Permission> permission)
    {
        permission.HasKey(p => p.Id);
        permission.Property(p => p.AccountId).HasMaxLength(63).IsRequired();
        permission.Property(p => p.Role).HasMaxLength(50).IsRequired();
        permission.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
        permission.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        permission.HasIndex(p => new { p.AccountId, p.PersonId, p.Role }).IsUnique();
    }
}

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> token)
    {
        token.HasKey(t => t.Id);
        token.Property(t => t.AccountId).HasMaxLength(63).IsRequired();
        token.Property(t => t.Name).HasMaxLength(Limits.Name).IsRequired();
        token.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        token.Property(t => t.Prefix).HasMaxLength(12).IsRequired();
        token.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Restrict);
        token.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Restrict);
        // Looked up by hash alone before any account is known; the key still carries the account like every other.
        token.HasIndex(t => new { t.TokenHash, t.AccountId }).IsUnique();
        token.HasIndex(t => new { t.AccountId, t.PersonId });
    }
}

internal sealed class SignInConfiguration : IEntityTypeConfiguration<SignIn>
{
    public void Configure(EntityTypeBuilder<SignIn> signIn)
    {
        signIn.HasKey(s => s.Id);
        signIn.Property(s => s.EmailKey).HasMaxLength(Limits.Email).IsRequired();
        signIn.Property(s => s.AccountId).HasMaxLength(63).IsRequired();
        signIn.Property(s => s.PasswordHash).HasMaxLength(200).IsRequired();
        signIn.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Restrict);
        signIn.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        // Found by e-mail alone; unique per account like people's e-mails, so no account can claim another's address.
        signIn.HasIndex(s => new { s.EmailKey, s.AccountId }).IsUnique();
        signIn.HasIndex(s => new { s.AccountId, s.PersonId }).IsUnique();
    }
}

internal sealed class WebSessionConfiguration : IEntityTypeConfiguration<WebSession>
{
    public void Configure(EntityTypeBuilder<WebSession> session)
    {
        session.HasKey(s => s.Id);
        session.Property(s => s.AccountId).HasMaxLength(63).IsRequired();
        session.Property(s => s.KeyHash).HasMaxLength(64).IsRequired();
        session.HasOne<Account>().WithMany().HasForeignKey(s => s.AccountId).OnDelete(DeleteBehavior.Restrict);
        session.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        session.HasIndex(s => new { s.KeyHash, s.AccountId }).IsUnique();
        // A sign-in drops the person's ended sessions.
        session.HasIndex(s => new { s.AccountId, s.PersonId, s.ExpiresAt });
    }
}
