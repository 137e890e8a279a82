-- Dispatchers claim the due messages of one channel at a time (Outbox.claim). Led by the channel, the index finds them
-- without walking past the other channel's: e-mail piled up while SMTP is down or not configured used to be read
-- through on every webhook claim (100 ms per claim with 100,000 waiting mails).
drop index notification_outbox_due;
create index notification_outbox_due on notification_outbox (channel, next_attempt_at) where state = 'PENDING';

