package io.customerlens.playbook;

/** How an action reaches the customer. */
public enum ServiceChannel {
    ACCOUNT_MANAGER, PHONE, EMAIL, SMS, IN_APP, WEB, IN_STORE, MAIL
}
