"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_defaults import AccountDefaults
from .account_login_policy import AccountLoginPolicy
from .account_page import AccountPage
from .account_patch import AccountPatch
from .account_run_result import AccountRunResult
from .account_token import AccountToken
from .account_token_list import AccountTokenList
from .acme_challenge import AcmeChallenge
from .acme_settings import AcmeSettings
from .acme_settings_set_params import AcmeSettingsSetParams
from .admin_role import AdminRole
from .alias import Alias
from .alias_check_result import AliasCheckResult
from .alias_list import AliasList
from .alias_page import AliasPage
from .alias_patch import AliasPatch
from .aliases_check_params import AliasesCheckParams
from .aliases_create_params import AliasesCreateParams
from .aliases_get_params import AliasesGetParams
from .aliases_remove_params import AliasesRemoveParams
from .aliases_set_params import AliasesSetParams
from .anti_spam_domain_params import AntiSpamDomainParams
from .anti_spam_set_domain_params import AntiSpamSetDomainParams
from .anti_spam_set_params import AntiSpamSetParams
from .anti_virus_set_params import AntiVirusSetParams
from .antivirus_settings import AntivirusSettings
from .api_key import ApiKey
from .api_key_scope import ApiKeyScope
from .api_version_result import ApiVersionResult
from .app_password import AppPassword
from .app_password_list import AppPasswordList
from .attachment_action import AttachmentAction
from .attachment_rule import AttachmentRule
from .attachment_rule_id_params import AttachmentRuleIdParams
from .attachment_rule_list import AttachmentRuleList
from .attachment_rule_page import AttachmentRulePage
from .attachment_rule_scope import AttachmentRuleScope
from .attachment_rules_create_params import AttachmentRulesCreateParams
from .audit_event import AuditEvent
from .audit_event_changes import AuditEventChanges
from .audit_event_page import AuditEventPage
from .block_action import BlockAction
from .blocklist import Blocklist
from .blocklist_id_params import BlocklistIdParams
from .blocklist_list import BlocklistList
from .blocklist_page import BlocklistPage
from .blocklist_update import BlocklistUpdate
from .blocklists_create_params import BlocklistsCreateParams
from .blocklists_set_params import BlocklistsSetParams
from .bulk_accounts import BulkAccounts
from .bulk_accounts_result import BulkAccountsResult
from .bulk_aliases import BulkAliases
from .bulk_aliases_result import BulkAliasesResult
from .bulk_create_account import BulkCreateAccount
from .bulk_create_alias import BulkCreateAlias
from .bulk_item_result import BulkItemResult
from .bulk_update_account import BulkUpdateAccount
from .bulk_update_alias import BulkUpdateAlias
from .byte_units import ByteUnits
from .byte_value import ByteValue
from .certificate import Certificate
from .certificate_id_params import CertificateIdParams
from .certificate_page import CertificatePage
from .certificate_source import CertificateSource
from .certificate_status import CertificateStatus
from .certificates_get_params import CertificatesGetParams
from .certificates_set_params import CertificatesSetParams
from .checked_record import CheckedRecord
from .client_application import ClientApplication
from .collection_job import CollectionJob
from .collection_job_params import CollectionJobParams
from .combining import Combining
from .comparator import Comparator
from .connection import Connection
from .connection_page import ConnectionPage
from .connection_query import ConnectionQuery
from .connection_test import ConnectionTest
from .count_limit import CountLimit
from .create_result import CreateResult
from .created_api_key import CreatedApiKey
from .created_app_password import CreatedAppPassword
from .created_item import CreatedItem
from .day_counts import DayCounts
from .day_counts_counts import DayCountsCounts
from .debug_component import DebugComponent
from .deliver_to_type import DeliverToType
from .delivery_set_params import DeliverySetParams
from .delivery_settings import DeliverySettings
from .delivery_state import DeliveryState
from .direction import Direction
from .dkim_algorithm import DkimAlgorithm
from .dkim_key import DkimKey
from .dkim_key_id_params import DkimKeyIdParams
from .dkim_key_list import DkimKeyList
from .dkim_key_status import DkimKeyStatus
from .dkim_key_update import DkimKeyUpdate
from .dkim_keys_create_params import DkimKeysCreateParams
from .dkim_keys_set_params import DkimKeysSetParams
from .dns_record import DnsRecord
from .domain import Domain
from .domain_alias import DomainAlias
from .domain_dns_check import DomainDnsCheck
from .domain_dns_records import DomainDnsRecords
from .domain_footer import DomainFooter
from .domain_forwarding import DomainForwarding
from .domain_id_params import DomainIdParams
from .domain_limits import DomainLimits
from .domain_list import DomainList
from .domain_mail_auth_policy import DomainMailAuthPolicy
from .domain_mail_settings import DomainMailSettings
from .domain_page import DomainPage
from .domain_patch import DomainPatch
from .domain_sending_limits_params import DomainSendingLimitsParams
from .domain_sieve_script import DomainSieveScript
from .domain_sieve_script_body import DomainSieveScriptBody
from .domain_sieve_script_params import DomainSieveScriptParams
from .domain_sieve_script_set_params import DomainSieveScriptSetParams
from .domain_spam_settings import DomainSpamSettings
from .domain_usage import DomainUsage
from .domain_verification import DomainVerification
from .domains_create_params import DomainsCreateParams
from .domains_get_params import DomainsGetParams
from .domains_remove_params import DomainsRemoveParams
from .domains_restore_params import DomainsRestoreParams
from .domains_set_params import DomainsSetParams
from .domains_set_primary_params import DomainsSetPrimaryParams
from .domains_set_sending_limits_params import DomainsSetSendingLimitsParams
from .domains_verify_params import DomainsVerifyParams
from .domains_verify_result import DomainsVerifyResult
from .email_forwarding import EmailForwarding
from .empty_result import EmptyResult
from .engine_failure import EngineFailure
from .error_list import ErrorList
from .etrn_server import EtrnServer
from .etrn_server_list import EtrnServerList
from .export_format import ExportFormat
from .fail_action import FailAction
from .family import Family
from .filter_match_type import FilterMatchType
from .filter_rule import FilterRule
from .filter_rule_action_type_0 import FilterRuleActionType0
from .filter_rule_action_type_0_type import FilterRuleActionType0Type
from .filter_rule_action_type_1 import FilterRuleActionType1
from .filter_rule_action_type_1_type import FilterRuleActionType1Type
from .filter_rule_action_type_2 import FilterRuleActionType2
from .filter_rule_action_type_2_type import FilterRuleActionType2Type
from .filter_rule_action_type_3 import FilterRuleActionType3
from .filter_rule_action_type_3_type import FilterRuleActionType3Type
from .filter_rule_action_type_4 import FilterRuleActionType4
from .filter_rule_action_type_4_type import FilterRuleActionType4Type
from .filter_rule_action_type_5 import FilterRuleActionType5
from .filter_rule_action_type_5_type import FilterRuleActionType5Type
from .filter_rule_action_type_6 import FilterRuleActionType6
from .filter_rule_action_type_6_type import FilterRuleActionType6Type
from .filter_rule_action_type_7 import FilterRuleActionType7
from .filter_rule_action_type_7_type import FilterRuleActionType7Type
from .filter_rule_action_type_8 import FilterRuleActionType8
from .filter_rule_action_type_8_type import FilterRuleActionType8Type
from .filter_rule_action_type_9 import FilterRuleActionType9
from .filter_rule_action_type_9_type import FilterRuleActionType9Type
from .filter_rule_action_type_10 import FilterRuleActionType10
from .filter_rule_action_type_10_type import FilterRuleActionType10Type
from .filter_rule_condition_type_0 import FilterRuleConditionType0
from .filter_rule_condition_type_0_type import FilterRuleConditionType0Type
from .filter_rule_condition_type_1 import FilterRuleConditionType1
from .filter_rule_condition_type_1_type import FilterRuleConditionType1Type
from .filter_rule_condition_type_2 import FilterRuleConditionType2
from .filter_rule_condition_type_2_type import FilterRuleConditionType2Type
from .filter_rule_condition_type_3 import FilterRuleConditionType3
from .filter_rule_condition_type_3_type import FilterRuleConditionType3Type
from .filter_rule_condition_type_4 import FilterRuleConditionType4
from .filter_rule_condition_type_4_type import FilterRuleConditionType4Type
from .filter_rule_condition_type_5 import FilterRuleConditionType5
from .filter_rule_condition_type_5_type import FilterRuleConditionType5Type
from .filter_rule_condition_type_6 import FilterRuleConditionType6
from .filter_rule_condition_type_6_type import FilterRuleConditionType6Type
from .filter_rule_condition_type_7 import FilterRuleConditionType7
from .filter_rule_condition_type_7_type import FilterRuleConditionType7Type
from .filter_rule_condition_type_8 import FilterRuleConditionType8
from .filter_rule_condition_type_8_type import FilterRuleConditionType8Type
from .filter_rule_condition_type_9 import FilterRuleConditionType9
from .filter_rule_condition_type_9_type import FilterRuleConditionType9Type
from .filter_rule_condition_type_10 import FilterRuleConditionType10
from .filter_rule_condition_type_10_type import FilterRuleConditionType10Type
from .filter_rule_list import FilterRuleList
from .filter_rules_body import FilterRulesBody
from .filter_rules_set_params import FilterRulesSetParams
from .filter_stats import FilterStats
from .filter_stats_totals import FilterStatsTotals
from .filter_text_operator import FilterTextOperator
from .forward_mode import ForwardMode
from .forwarding import Forwarding
from .forwarding_body import ForwardingBody
from .forwarding_how import ForwardingHow
from .forwarding_mode import ForwardingMode
from .forwarding_set_params import ForwardingSetParams
from .group import Group
from .group_list import GroupList
from .group_member import GroupMember
from .group_member_list_params import GroupMemberListParams
from .group_page import GroupPage
from .group_patch import GroupPatch
from .groups_create_params import GroupsCreateParams
from .groups_get_params import GroupsGetParams
from .groups_remove_params import GroupsRemoveParams
from .groups_set_params import GroupsSetParams
from .hold_reason import HoldReason
from .import_report import ImportReport
from .import_row import ImportRow
from .ip_address_groups_create_params import IpAddressGroupsCreateParams
from .ip_address_groups_remove_params import IpAddressGroupsRemoveParams
from .ip_address_groups_set_params import IpAddressGroupsSetParams
from .ip_entry import IpEntry
from .ip_group import IpGroup
from .ip_group_input import IpGroupInput
from .ip_group_list import IpGroupList
from .issued_account_token import IssuedAccountToken
from .item_error import ItemError
from .job_state import JobState
from .lifecycle_settings import LifecycleSettings
from .lifecycle_settings_set_params import LifecycleSettingsSetParams
from .list_action import ListAction
from .list_kind import ListKind
from .lockout import Lockout
from .lockout_kind import LockoutKind
from .lockout_list import LockoutList
from .log_entry import LogEntry
from .log_entry_fields import LogEntryFields
from .log_page import LogPage
from .log_retention import LogRetention
from .log_settings import LogSettings
from .log_settings_set_params import LogSettingsSetParams
from .login_link import LoginLink
from .login_params import LoginParams
from .login_request import LoginRequest
from .login_result import LoginResult
from .logout_result import LogoutResult
from .logs_search_params import LogsSearchParams
from .mail_auth_set_domain_policy_params import MailAuthSetDomainPolicyParams
from .mail_auth_set_params import MailAuthSetParams
from .mail_auth_settings import MailAuthSettings
from .mailbox_usage import MailboxUsage
from .member_list import MemberList
from .message_hit import MessageHit
from .message_hit_page import MessageHitPage
from .message_parameters import MessageParameters
from .message_search import MessageSearch
from .mobile_config import MobileConfig
from .mta_sts_mode import MtaStsMode
from .name_warning import NameWarning
from .name_warning_code import NameWarningCode
from .new_account import NewAccount
from .new_account_token import NewAccountToken
from .new_alias import NewAlias
from .new_api_key import NewApiKey
from .new_app_password import NewAppPassword
from .new_attachment_rule import NewAttachmentRule
from .new_blocklist import NewBlocklist
from .new_dkim_key import NewDkimKey
from .new_domain import NewDomain
from .new_domain_alias import NewDomainAlias
from .new_etrn_server import NewEtrnServer
from .new_group import NewGroup
from .new_plan import NewPlan
from .new_pop_3_account import NewPop3Account
from .new_sorting_rule import NewSortingRule
from .new_spam_rule import NewSpamRule
from .new_tenant import NewTenant
from .new_time_range import NewTimeRange
from .new_user_template import NewUserTemplate
from .new_webhook import NewWebhook
from .no_params import NoParams
from .object_id_params import ObjectIdParams
from .open_folder import OpenFolder
from .open_folder_list import OpenFolderList
from .open_folder_query import OpenFolderQuery
from .password_policy import PasswordPolicy
from .plan import Plan
from .plan_id_params import PlanIdParams
from .plan_level import PlanLevel
from .plan_limits import PlanLimits
from .plan_page import PlanPage
from .plan_patch import PlanPatch
from .plans_assign_params import PlansAssignParams
from .plans_get_params import PlansGetParams
from .plans_set_params import PlansSetParams
from .pop_3_account import Pop3Account
from .pop_3_account_id_params import Pop3AccountIdParams
from .pop_3_account_list import Pop3AccountList
from .pop_3_account_page import Pop3AccountPage
from .pop_3_account_patch import Pop3AccountPatch
from .pop_3_account_set_params import Pop3AccountSetParams
from .pop_3_account_status import Pop3AccountStatus
from .pop_3_accounts_get_params import Pop3AccountsGetParams
from .pop_3_authentication import Pop3Authentication
from .pop_3_delivery_type_0 import Pop3DeliveryType0
from .pop_3_delivery_type_0_mode import Pop3DeliveryType0Mode
from .pop_3_delivery_type_1 import Pop3DeliveryType1
from .pop_3_delivery_type_1_mode import Pop3DeliveryType1Mode
from .pop_3_retention_type_0 import Pop3RetentionType0
from .pop_3_retention_type_0_mode import Pop3RetentionType0Mode
from .pop_3_retention_type_1 import Pop3RetentionType1
from .pop_3_retention_type_1_mode import Pop3RetentionType1Mode
from .pop_3_retention_type_2 import Pop3RetentionType2
from .pop_3_retention_type_2_mode import Pop3RetentionType2Mode
from .pop_3_security import Pop3Security
from .problem import Problem
from .protocol import Protocol
from .published_dmarc_policy import PublishedDmarcPolicy
from .quarantine_get_params import QuarantineGetParams
from .quarantine_id_params import QuarantineIdParams
from .quarantine_list import QuarantineList
from .quarantine_page import QuarantinePage
from .quarantined_message import QuarantinedMessage
from .queue_action_result import QueueActionResult
from .queue_attempt import QueueAttempt
from .queue_entry import QueueEntry
from .queue_filter import QueueFilter
from .queue_flush import QueueFlush
from .queue_get_params import QueueGetParams
from .queue_page import QueuePage
from .queue_recipient import QueueRecipient
from .queue_removal import QueueRemoval
from .queue_selection import QueueSelection
from .queue_stats import QueueStats
from .quota import Quota
from .recipient_state import RecipientState
from .record_status import RecordStatus
from .record_type import RecordType
from .refresh_request import RefreshRequest
from .relay_host import RelayHost
from .released import Released
from .renewal import Renewal
from .report_language import ReportLanguage
from .request_certificate_body import RequestCertificateBody
from .resolution import Resolution
from .resolve_request import ResolveRequest
from .resolved_mailbox import ResolvedMailbox
from .reverse_check import ReverseCheck
from .reverse_status import ReverseStatus
from .role_type_0 import RoleType0
from .role_type_0_kind import RoleType0Kind
from .role_type_1 import RoleType1
from .role_type_1_kind import RoleType1Kind
from .role_type_2 import RoleType2
from .role_type_2_kind import RoleType2Kind
from .role_type_3 import RoleType3
from .role_type_3_kind import RoleType3Kind
from .row_error import RowError
from .row_status import RowStatus
from .rpc_alias import RpcAlias
from .rpc_alias_pattern import RpcAliasPattern
from .rpc_domain import RpcDomain
from .rpc_domain_pattern import RpcDomainPattern
from .rpc_error import RpcError
from .rpc_footer import RpcFooter
from .rpc_forwarding import RpcForwarding
from .rpc_group import RpcGroup
from .rpc_group_pattern import RpcGroupPattern
from .rpc_user import RpcUser
from .rpc_user_pattern import RpcUserPattern
from .rule_action import RuleAction
from .rule_target import RuleTarget
from .rule_test import RuleTest
from .run_collection import RunCollection
from .scan_failure import ScanFailure
from .scheduled_action import ScheduledAction
from .scheduled_event import ScheduledEvent
from .scheduled_event_input import ScheduledEventInput
from .scheduled_event_list import ScheduledEventList
from .scheduled_event_set_params import ScheduledEventSetParams
from .search_condition import SearchCondition
from .search_index_status import SearchIndexStatus
from .search_query import SearchQuery
from .security_settings import SecuritySettings
from .security_settings_set_params import SecuritySettingsSetParams
from .self_signed_certificate_body import SelfSignedCertificateBody
from .sender_relay import SenderRelay
from .sending_limits import SendingLimits
from .server_version_result import ServerVersionResult
from .service import Service
from .service_list import ServiceList
from .service_name import ServiceName
from .service_patch import ServicePatch
from .service_source import ServiceSource
from .services_set_params import ServicesSetParams
from .session import Session
from .sieve_check import SieveCheck
from .sieve_check_body import SieveCheckBody
from .sieve_problem import SieveProblem
from .sieve_script import SieveScript
from .sieve_script_body import SieveScriptBody
from .sieve_script_list import SieveScriptList
from .sieve_script_name_params import SieveScriptNameParams
from .sieve_scripts_put_params import SieveScriptsPutParams
from .sieve_stage import SieveStage
from .size_limit import SizeLimit
from .smtp_security import SmtpSecurity
from .smtp_server_set_params import SmtpServerSetParams
from .snapshot_taken import SnapshotTaken
from .sort import Sort
from .sort_order import SortOrder
from .sorting_rule import SortingRule
from .sorting_rule_create_params import SortingRuleCreateParams
from .sorting_rule_list import SortingRuleList
from .sorting_rule_patch import SortingRulePatch
from .sorting_rule_remove_params import SortingRuleRemoveParams
from .sorting_rule_set_params import SortingRuleSetParams
from .sorting_rules_get_params import SortingRulesGetParams
from .spam_engine_type_0 import SpamEngineType0
from .spam_engine_type_0_kind import SpamEngineType0Kind
from .spam_engine_type_1 import SpamEngineType1
from .spam_engine_type_1_kind import SpamEngineType1Kind
from .spam_rule import SpamRule
from .spam_rule_id_params import SpamRuleIdParams
from .spam_rule_list import SpamRuleList
from .spam_rule_page import SpamRulePage
from .spam_rule_scope import SpamRuleScope
from .spam_rule_update import SpamRuleUpdate
from .spam_rules_create_params import SpamRulesCreateParams
from .spam_rules_set_params import SpamRulesSetParams
from .spam_settings import SpamSettings
from .stats_query import StatsQuery
from .status import Status
from .status_reason import StatusReason
from .submission_action import SubmissionAction
from .tenant import Tenant
from .tenant_kind import TenantKind
from .tenant_limits import TenantLimits
from .tenant_limits_patch import TenantLimitsPatch
from .tenant_list import TenantList
from .tenant_login_policy import TenantLoginPolicy
from .tenant_login_policy_params import TenantLoginPolicyParams
from .tenant_page import TenantPage
from .tenant_patch import TenantPatch
from .tenant_sending_limits_params import TenantSendingLimitsParams
from .tenant_usage import TenantUsage
from .tenants_create_params import TenantsCreateParams
from .tenants_get_params import TenantsGetParams
from .tenants_remove_params import TenantsRemoveParams
from .tenants_restore_params import TenantsRestoreParams
from .tenants_set_login_policy_params import TenantsSetLoginPolicyParams
from .tenants_set_params import TenantsSetParams
from .tenants_set_sending_limits_params import TenantsSetSendingLimitsParams
from .time_range import TimeRange
from .time_range_item import TimeRangeItem
from .time_range_kind import TimeRangeKind
from .time_range_list import TimeRangeList
from .tls_mode import TlsMode
from .totp_code import TotpCode
from .totp_enrolment import TotpEnrolment
from .totp_recovery_codes import TotpRecoveryCodes
from .totp_status import TotpStatus
from .traffic_stats import TrafficStats
from .traffic_stats_totals import TrafficStatsTotals
from .unscannable_action import UnscannableAction
from .update_certificate_body import UpdateCertificateBody
from .upload_certificate_body import UploadCertificateBody
from .usage_get_params import UsageGetParams
from .usage_item import UsageItem
from .usage_level import UsageLevel
from .usage_page import UsagePage
from .usage_row import UsageRow
from .user_credentials_params import UserCredentialsParams
from .user_id_params import UserIdParams
from .user_list import UserList
from .user_right import UserRight
from .user_role_type import UserRoleType
from .user_sending_limits_params import UserSendingLimitsParams
from .user_spam_action import UserSpamAction
from .user_spam_settings import UserSpamSettings
from .user_template import UserTemplate
from .user_template_list import UserTemplateList
from .user_template_page import UserTemplatePage
from .user_template_patch import UserTemplatePatch
from .user_templates_create_params import UserTemplatesCreateParams
from .user_templates_get_params import UserTemplatesGetParams
from .user_templates_remove_params import UserTemplatesRemoveParams
from .user_templates_set_params import UserTemplatesSetParams
from .users_confirm_totp_params import UsersConfirmTotpParams
from .users_create_app_password_params import UsersCreateAppPasswordParams
from .users_create_params import UsersCreateParams
from .users_create_token_params import UsersCreateTokenParams
from .users_get_params import UsersGetParams
from .users_remove_app_password_params import UsersRemoveAppPasswordParams
from .users_remove_params import UsersRemoveParams
from .users_restore_params import UsersRestoreParams
from .users_revoke_token_params import UsersRevokeTokenParams
from .users_search_messages_params import UsersSearchMessagesParams
from .users_set_login_policy_params import UsersSetLoginPolicyParams
from .users_set_params import UsersSetParams
from .users_set_sending_limits_params import UsersSetSendingLimitsParams
from .users_set_spam_settings_params import UsersSetSpamSettingsParams
from .vacation_set_params import VacationSetParams
from .vacation_settings import VacationSettings
from .verification_status import VerificationStatus
from .virus_action import VirusAction
from .virus_engine_type_0 import VirusEngineType0
from .virus_engine_type_0_kind import VirusEngineType0Kind
from .virus_engine_type_1 import VirusEngineType1
from .virus_engine_type_1_kind import VirusEngineType1Kind
from .webhook import Webhook
from .webhook_delivery import WebhookDelivery
from .webhook_delivery_page import WebhookDeliveryPage
from .webhook_id_params import WebhookIdParams
from .webhook_page import WebhookPage
from .webhook_patch import WebhookPatch
from .webhooks_get_deliveries_params import WebhooksGetDeliveriesParams
from .webhooks_get_params import WebhooksGetParams
from .webhooks_redeliver_params import WebhooksRedeliverParams
from .webhooks_set_params import WebhooksSetParams
from .who_am_i import WhoAmI
from .who_am_i_result import WhoAmIResult

__all__ = (
    "Account",
    "AccountDefaults",
    "AccountLoginPolicy",
    "AccountPage",
    "AccountPatch",
    "AccountRunResult",
    "AccountToken",
    "AccountTokenList",
    "AcmeChallenge",
    "AcmeSettings",
    "AcmeSettingsSetParams",
    "AdminRole",
    "Alias",
    "AliasCheckResult",
    "AliasesCheckParams",
    "AliasesCreateParams",
    "AliasesGetParams",
    "AliasesRemoveParams",
    "AliasesSetParams",
    "AliasList",
    "AliasPage",
    "AliasPatch",
    "AntiSpamDomainParams",
    "AntiSpamSetDomainParams",
    "AntiSpamSetParams",
    "AntiVirusSetParams",
    "AntivirusSettings",
    "ApiKey",
    "ApiKeyScope",
    "ApiVersionResult",
    "AppPassword",
    "AppPasswordList",
    "AttachmentAction",
    "AttachmentRule",
    "AttachmentRuleIdParams",
    "AttachmentRuleList",
    "AttachmentRulePage",
    "AttachmentRuleScope",
    "AttachmentRulesCreateParams",
    "AuditEvent",
    "AuditEventChanges",
    "AuditEventPage",
    "BlockAction",
    "Blocklist",
    "BlocklistIdParams",
    "BlocklistList",
    "BlocklistPage",
    "BlocklistsCreateParams",
    "BlocklistsSetParams",
    "BlocklistUpdate",
    "BulkAccounts",
    "BulkAccountsResult",
    "BulkAliases",
    "BulkAliasesResult",
    "BulkCreateAccount",
    "BulkCreateAlias",
    "BulkItemResult",
    "BulkUpdateAccount",
    "BulkUpdateAlias",
    "ByteUnits",
    "ByteValue",
    "Certificate",
    "CertificateIdParams",
    "CertificatePage",
    "CertificatesGetParams",
    "CertificateSource",
    "CertificatesSetParams",
    "CertificateStatus",
    "CheckedRecord",
    "ClientApplication",
    "CollectionJob",
    "CollectionJobParams",
    "Combining",
    "Comparator",
    "Connection",
    "ConnectionPage",
    "ConnectionQuery",
    "ConnectionTest",
    "CountLimit",
    "CreatedApiKey",
    "CreatedAppPassword",
    "CreatedItem",
    "CreateResult",
    "DayCounts",
    "DayCountsCounts",
    "DebugComponent",
    "DeliverToType",
    "DeliverySetParams",
    "DeliverySettings",
    "DeliveryState",
    "Direction",
    "DkimAlgorithm",
    "DkimKey",
    "DkimKeyIdParams",
    "DkimKeyList",
    "DkimKeysCreateParams",
    "DkimKeysSetParams",
    "DkimKeyStatus",
    "DkimKeyUpdate",
    "DnsRecord",
    "Domain",
    "DomainAlias",
    "DomainDnsCheck",
    "DomainDnsRecords",
    "DomainFooter",
    "DomainForwarding",
    "DomainIdParams",
    "DomainLimits",
    "DomainList",
    "DomainMailAuthPolicy",
    "DomainMailSettings",
    "DomainPage",
    "DomainPatch",
    "DomainsCreateParams",
    "DomainSendingLimitsParams",
    "DomainsGetParams",
    "DomainSieveScript",
    "DomainSieveScriptBody",
    "DomainSieveScriptParams",
    "DomainSieveScriptSetParams",
    "DomainSpamSettings",
    "DomainsRemoveParams",
    "DomainsRestoreParams",
    "DomainsSetParams",
    "DomainsSetPrimaryParams",
    "DomainsSetSendingLimitsParams",
    "DomainsVerifyParams",
    "DomainsVerifyResult",
    "DomainUsage",
    "DomainVerification",
    "EmailForwarding",
    "EmptyResult",
    "EngineFailure",
    "ErrorList",
    "EtrnServer",
    "EtrnServerList",
    "ExportFormat",
    "FailAction",
    "Family",
    "FilterMatchType",
    "FilterRule",
    "FilterRuleActionType0",
    "FilterRuleActionType0Type",
    "FilterRuleActionType1",
    "FilterRuleActionType10",
    "FilterRuleActionType10Type",
    "FilterRuleActionType1Type",
    "FilterRuleActionType2",
    "FilterRuleActionType2Type",
    "FilterRuleActionType3",
    "FilterRuleActionType3Type",
    "FilterRuleActionType4",
    "FilterRuleActionType4Type",
    "FilterRuleActionType5",
    "FilterRuleActionType5Type",
    "FilterRuleActionType6",
    "FilterRuleActionType6Type",
    "FilterRuleActionType7",
    "FilterRuleActionType7Type",
    "FilterRuleActionType8",
    "FilterRuleActionType8Type",
    "FilterRuleActionType9",
    "FilterRuleActionType9Type",
    "FilterRuleConditionType0",
    "FilterRuleConditionType0Type",
    "FilterRuleConditionType1",
    "FilterRuleConditionType10",
    "FilterRuleConditionType10Type",
    "FilterRuleConditionType1Type",
    "FilterRuleConditionType2",
    "FilterRuleConditionType2Type",
    "FilterRuleConditionType3",
    "FilterRuleConditionType3Type",
    "FilterRuleConditionType4",
    "FilterRuleConditionType4Type",
    "FilterRuleConditionType5",
    "FilterRuleConditionType5Type",
    "FilterRuleConditionType6",
    "FilterRuleConditionType6Type",
    "FilterRuleConditionType7",
    "FilterRuleConditionType7Type",
    "FilterRuleConditionType8",
    "FilterRuleConditionType8Type",
    "FilterRuleConditionType9",
    "FilterRuleConditionType9Type",
    "FilterRuleList",
    "FilterRulesBody",
    "FilterRulesSetParams",
    "FilterStats",
    "FilterStatsTotals",
    "FilterTextOperator",
    "Forwarding",
    "ForwardingBody",
    "ForwardingHow",
    "ForwardingMode",
    "ForwardingSetParams",
    "ForwardMode",
    "Group",
    "GroupList",
    "GroupMember",
    "GroupMemberListParams",
    "GroupPage",
    "GroupPatch",
    "GroupsCreateParams",
    "GroupsGetParams",
    "GroupsRemoveParams",
    "GroupsSetParams",
    "HoldReason",
    "ImportReport",
    "ImportRow",
    "IpAddressGroupsCreateParams",
    "IpAddressGroupsRemoveParams",
    "IpAddressGroupsSetParams",
    "IpEntry",
    "IpGroup",
    "IpGroupInput",
    "IpGroupList",
    "IssuedAccountToken",
    "ItemError",
    "JobState",
    "LifecycleSettings",
    "LifecycleSettingsSetParams",
    "ListAction",
    "ListKind",
    "Lockout",
    "LockoutKind",
    "LockoutList",
    "LogEntry",
    "LogEntryFields",
    "LoginLink",
    "LoginParams",
    "LoginRequest",
    "LoginResult",
    "LogoutResult",
    "LogPage",
    "LogRetention",
    "LogSettings",
    "LogSettingsSetParams",
    "LogsSearchParams",
    "MailAuthSetDomainPolicyParams",
    "MailAuthSetParams",
    "MailAuthSettings",
    "MailboxUsage",
    "MemberList",
    "MessageHit",
    "MessageHitPage",
    "MessageParameters",
    "MessageSearch",
    "MobileConfig",
    "MtaStsMode",
    "NameWarning",
    "NameWarningCode",
    "NewAccount",
    "NewAccountToken",
    "NewAlias",
    "NewApiKey",
    "NewAppPassword",
    "NewAttachmentRule",
    "NewBlocklist",
    "NewDkimKey",
    "NewDomain",
    "NewDomainAlias",
    "NewEtrnServer",
    "NewGroup",
    "NewPlan",
    "NewPop3Account",
    "NewSortingRule",
    "NewSpamRule",
    "NewTenant",
    "NewTimeRange",
    "NewUserTemplate",
    "NewWebhook",
    "NoParams",
    "ObjectIdParams",
    "OpenFolder",
    "OpenFolderList",
    "OpenFolderQuery",
    "PasswordPolicy",
    "Plan",
    "PlanIdParams",
    "PlanLevel",
    "PlanLimits",
    "PlanPage",
    "PlanPatch",
    "PlansAssignParams",
    "PlansGetParams",
    "PlansSetParams",
    "Pop3Account",
    "Pop3AccountIdParams",
    "Pop3AccountList",
    "Pop3AccountPage",
    "Pop3AccountPatch",
    "Pop3AccountSetParams",
    "Pop3AccountsGetParams",
    "Pop3AccountStatus",
    "Pop3Authentication",
    "Pop3DeliveryType0",
    "Pop3DeliveryType0Mode",
    "Pop3DeliveryType1",
    "Pop3DeliveryType1Mode",
    "Pop3RetentionType0",
    "Pop3RetentionType0Mode",
    "Pop3RetentionType1",
    "Pop3RetentionType1Mode",
    "Pop3RetentionType2",
    "Pop3RetentionType2Mode",
    "Pop3Security",
    "Problem",
    "Protocol",
    "PublishedDmarcPolicy",
    "QuarantinedMessage",
    "QuarantineGetParams",
    "QuarantineIdParams",
    "QuarantineList",
    "QuarantinePage",
    "QueueActionResult",
    "QueueAttempt",
    "QueueEntry",
    "QueueFilter",
    "QueueFlush",
    "QueueGetParams",
    "QueuePage",
    "QueueRecipient",
    "QueueRemoval",
    "QueueSelection",
    "QueueStats",
    "Quota",
    "RecipientState",
    "RecordStatus",
    "RecordType",
    "RefreshRequest",
    "RelayHost",
    "Released",
    "Renewal",
    "ReportLanguage",
    "RequestCertificateBody",
    "Resolution",
    "ResolvedMailbox",
    "ResolveRequest",
    "ReverseCheck",
    "ReverseStatus",
    "RoleType0",
    "RoleType0Kind",
    "RoleType1",
    "RoleType1Kind",
    "RoleType2",
    "RoleType2Kind",
    "RoleType3",
    "RoleType3Kind",
    "RowError",
    "RowStatus",
    "RpcAlias",
    "RpcAliasPattern",
    "RpcDomain",
    "RpcDomainPattern",
    "RpcError",
    "RpcFooter",
    "RpcForwarding",
    "RpcGroup",
    "RpcGroupPattern",
    "RpcUser",
    "RpcUserPattern",
    "RuleAction",
    "RuleTarget",
    "RuleTest",
    "RunCollection",
    "ScanFailure",
    "ScheduledAction",
    "ScheduledEvent",
    "ScheduledEventInput",
    "ScheduledEventList",
    "ScheduledEventSetParams",
    "SearchCondition",
    "SearchIndexStatus",
    "SearchQuery",
    "SecuritySettings",
    "SecuritySettingsSetParams",
    "SelfSignedCertificateBody",
    "SenderRelay",
    "SendingLimits",
    "ServerVersionResult",
    "Service",
    "ServiceList",
    "ServiceName",
    "ServicePatch",
    "ServiceSource",
    "ServicesSetParams",
    "Session",
    "SieveCheck",
    "SieveCheckBody",
    "SieveProblem",
    "SieveScript",
    "SieveScriptBody",
    "SieveScriptList",
    "SieveScriptNameParams",
    "SieveScriptsPutParams",
    "SieveStage",
    "SizeLimit",
    "SmtpSecurity",
    "SmtpServerSetParams",
    "SnapshotTaken",
    "Sort",
    "SortingRule",
    "SortingRuleCreateParams",
    "SortingRuleList",
    "SortingRulePatch",
    "SortingRuleRemoveParams",
    "SortingRuleSetParams",
    "SortingRulesGetParams",
    "SortOrder",
    "SpamEngineType0",
    "SpamEngineType0Kind",
    "SpamEngineType1",
    "SpamEngineType1Kind",
    "SpamRule",
    "SpamRuleIdParams",
    "SpamRuleList",
    "SpamRulePage",
    "SpamRuleScope",
    "SpamRulesCreateParams",
    "SpamRulesSetParams",
    "SpamRuleUpdate",
    "SpamSettings",
    "StatsQuery",
    "Status",
    "StatusReason",
    "SubmissionAction",
    "Tenant",
    "TenantKind",
    "TenantLimits",
    "TenantLimitsPatch",
    "TenantList",
    "TenantLoginPolicy",
    "TenantLoginPolicyParams",
    "TenantPage",
    "TenantPatch",
    "TenantsCreateParams",
    "TenantSendingLimitsParams",
    "TenantsGetParams",
    "TenantsRemoveParams",
    "TenantsRestoreParams",
    "TenantsSetLoginPolicyParams",
    "TenantsSetParams",
    "TenantsSetSendingLimitsParams",
    "TenantUsage",
    "TimeRange",
    "TimeRangeItem",
    "TimeRangeKind",
    "TimeRangeList",
    "TlsMode",
    "TotpCode",
    "TotpEnrolment",
    "TotpRecoveryCodes",
    "TotpStatus",
    "TrafficStats",
    "TrafficStatsTotals",
    "UnscannableAction",
    "UpdateCertificateBody",
    "UploadCertificateBody",
    "UsageGetParams",
    "UsageItem",
    "UsageLevel",
    "UsagePage",
    "UsageRow",
    "UserCredentialsParams",
    "UserIdParams",
    "UserList",
    "UserRight",
    "UserRoleType",
    "UsersConfirmTotpParams",
    "UsersCreateAppPasswordParams",
    "UsersCreateParams",
    "UsersCreateTokenParams",
    "UserSendingLimitsParams",
    "UsersGetParams",
    "UserSpamAction",
    "UserSpamSettings",
    "UsersRemoveAppPasswordParams",
    "UsersRemoveParams",
    "UsersRestoreParams",
    "UsersRevokeTokenParams",
    "UsersSearchMessagesParams",
    "UsersSetLoginPolicyParams",
    "UsersSetParams",
    "UsersSetSendingLimitsParams",
    "UsersSetSpamSettingsParams",
    "UserTemplate",
    "UserTemplateList",
    "UserTemplatePage",
    "UserTemplatePatch",
    "UserTemplatesCreateParams",
    "UserTemplatesGetParams",
    "UserTemplatesRemoveParams",
    "UserTemplatesSetParams",
    "VacationSetParams",
    "VacationSettings",
    "VerificationStatus",
    "VirusAction",
    "VirusEngineType0",
    "VirusEngineType0Kind",
    "VirusEngineType1",
    "VirusEngineType1Kind",
    "Webhook",
    "WebhookDelivery",
    "WebhookDeliveryPage",
    "WebhookIdParams",
    "WebhookPage",
    "WebhookPatch",
    "WebhooksGetDeliveriesParams",
    "WebhooksGetParams",
    "WebhooksRedeliverParams",
    "WebhooksSetParams",
    "WhoAmI",
    "WhoAmIResult",
)
